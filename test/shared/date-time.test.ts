import type { IExecuteFunctions, INode } from 'n8n-workflow';

import { dateTimeToUtc } from '../../nodes/shared/validate';

const context = {
	getNode: () => ({ name: 'Test' }) as INode,
} as unknown as IExecuteFunctions;

const utc = (value: unknown, zone: string) => dateTimeToUtc(context, value, 'Due At', 0, zone);

describe('dateTimeToUtc', () => {
	it.each([
		['2026-06-02T14:30:00', 'America/Sao_Paulo', '2026-06-02T17:30:00Z'],
		['2026-06-02 14:30', 'America/Sao_Paulo', '2026-06-02T17:30:00Z'],
		['2026-01-15T09:00:00', 'America/New_York', '2026-01-15T14:00:00Z'],
		['2026-07-15T09:00:00', 'America/New_York', '2026-07-15T13:00:00Z'],
		['2026-06-02T14:30:00', 'Asia/Kolkata', '2026-06-02T09:00:00Z'],
		['2026-06-02T14:30:00.250', 'UTC', '2026-06-02T14:30:00.250Z'],
		['2026-06-02T14:30:00Z', 'America/Sao_Paulo', '2026-06-02T14:30:00Z'],
		['2026-06-02T14:30:00+05:30', 'America/Sao_Paulo', '2026-06-02T09:00:00Z'],
		['2026-06-02T14:30:00-0300', 'UTC', '2026-06-02T17:30:00Z'],
		['2026-06-02', 'America/Sao_Paulo', '2026-06-02T03:00:00Z'],
	])('%s in %s is %s', (given, zone, expected) => {
		expect(utc(given, zone)).toBe(expected);
	});

	it('takes a Date or a Luxon-like value as the instant it is', () => {
		expect(utc(new Date('2026-06-02T17:30:00Z'), 'Asia/Tokyo')).toBe('2026-06-02T17:30:00Z');
		expect(utc({ toISO: () => '2026-06-02T14:30:00.000-03:00' }, 'UTC')).toBe(
			'2026-06-02T17:30:00Z',
		);
	});

	it.each(['tomorrow at 10', '2026-02-30T10:00:00', '2026-06-02T25:00:00', '', undefined])(
		'refuses %j naming the field and the item',
		(given) => {
			expect(() => utc(given, 'America/Sao_Paulo')).toThrow(
				'"Due At" must be a date-time such as 2026-06-02T14:30:00 or 2026-06-02T14:30:00Z',
			);
		},
	);
});
