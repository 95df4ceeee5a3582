import type { IDataObject } from 'n8n-workflow';

import { ecosysRequest } from '../../nodes/EcosysAuto/transport';
import { hivestrRequest } from '../../nodes/Hivestr/transport';
import { sonarRequest } from '../../nodes/SonarMarketing/transport';
import { resetRateStates } from '../../nodes/shared/request';
import type { ApiRequest } from '../../nodes/shared/types';
import { fakeContext } from '../reliability/fake-context';

/** The three vendors whose answers are `{success, data}` envelopes: one behaviour for all. */
const vendors = [
	{ name: 'Sonar Marketing', credentialType: 'sonarMarketingApi', send: sonarRequest },
	{ name: 'Ecosys Auto', credentialType: 'ecosysAutoApi', send: ecosysRequest },
	{ name: 'Hivestr', credentialType: 'hivestrApi', send: hivestrRequest },
];

const read: ApiRequest = { method: 'GET', path: '/records/r-1' };
const write: ApiRequest = { method: 'PUT', path: '/records/r-1', body: { title: 'Novo' } };

async function answer(
	vendor: (typeof vendors)[number],
	request: ApiRequest,
	status: number,
	body: unknown,
): Promise<IDataObject> {
	const { context } = fakeContext({
		nodeType: 'test',
		credentialType: vendor.credentialType,
		credentialData: { baseUrl: 'https://vendor.test/api/v1' },
		parameters: {},
		answer: { status, body },
	});
	return await vendor.send(context, 0, request);
}

beforeEach(() => resetRateStates());

describe.each(vendors)('$name › the {success, data} envelope', (vendor) => {
	it('outputs the record under data', async () => {
		await expect(
			answer(vendor, read, 200, { success: true, data: { id: 'r-1' } }),
		).resolves.toEqual({ id: 'r-1' });
	});

	it.each([
		['{code, message}', { success: false, error: { code: 'E1', message: 'Recusado' } }],
		['text', { success: false, error: 'Recusado' }],
	])(
		'a 200 with success false and error as %s is an error with the vendor message',
		async (_, body) => {
			await expect(answer(vendor, read, 200, body)).rejects.toMatchObject({
				message: 'Recusado',
				httpCode: '200',
			});
			await expect(answer(vendor, write, 200, body)).rejects.toMatchObject({ message: 'Recusado' });
		},
	);

	it('a 200 with success false and no message shows the answer instead of an empty message', async () => {
		await expect(answer(vendor, read, 200, { success: false })).rejects.toMatchObject({
			message: `${vendor.name} answered "success": false (HTTP 200) without a message`,
		});
	});

	it('a read answered without a record under data fails clearly, never an empty item', async () => {
		for (const body of [
			{ success: true },
			{ success: true, data: null },
			{ success: true, data: [] },
		]) {
			await expect(answer(vendor, read, 200, body)).rejects.toMatchObject({
				message: `${vendor.name} sent no record under "data"`,
				httpCode: '200',
			});
		}
	});

	it('a write accepted without a record outputs what is known (never failed after acceptance)', async () => {
		await expect(
			answer(vendor, write, 200, { success: true, message: 'Atualizado' }),
		).resolves.toEqual({ title: 'Novo', message: 'Atualizado' });
	});
});
