import type { INodeProperties } from 'n8n-workflow';

import { EcosysAutoApi } from '../../credentials/EcosysAutoApi.credentials';
import { EcosysAuto } from '../../nodes/EcosysAuto/EcosysAuto.node';

/**
 * What Ecosys Auto's quickstart does not show is removed or marked
 * "(not in Ecosys Auto's API docs)" in the UI.
 */
const MARK = "(not in Ecosys Auto's API docs";

const properties = new EcosysAuto().description.properties;

/** A field under an operation's collection. */
function field(resource: string, operation: string, collection: string, name: string) {
	const parent = properties.find(
		(property) =>
			property.name === collection &&
			property.displayOptions?.show?.resource?.[0] === resource &&
			property.displayOptions?.show?.operation?.[0] === operation,
	);
	const found = (parent?.options as INodeProperties[] | undefined)?.find(
		(option) => option.name === name,
	);
	if (found === undefined) throw new Error(`no ${name} under ${resource} › ${operation}`);
	return found;
}

const fieldsOf = (resource: string, operation: string, collection: string) =>
	(
		properties.find(
			(property) =>
				property.name === collection &&
				property.displayOptions?.show?.resource?.[0] === resource &&
				property.displayOptions?.show?.operation?.[0] === operation,
		)?.options as INodeProperties[]
	).map((option) => option.name);

describe('Ecosys Auto › values the quickstart does not show', () => {
	it.each([
		['vehicle', 'create', 'additionalFields'],
		['vehicle', 'update', 'updateFields'],
		['vehicle', 'getAll', 'filters'],
	])(
		'%s › %s: fuel and transmission are text fields with the documented value as placeholder',
		(resource, operation, collection) => {
			const fuel = field(resource, operation, collection, 'fuel');
			const transmission = field(resource, operation, collection, 'transmission');
			expect([fuel.type, fuel.placeholder, fuel.options]).toEqual(['string', 'flex', undefined]);
			expect([transmission.type, transmission.placeholder, transmission.options]).toEqual([
				'string',
				'automatico',
				undefined,
			]);
			expect(fuel.description).toContain("not in Ecosys Auto's API docs");
			expect(transmission.description).toContain("not in Ecosys Auto's API docs");
		},
	);

	it('client address is one JSON object marked as not documented, not seven guessed sub-fields', () => {
		for (const [operation, collection] of [
			['create', 'additionalFields'],
			['update', 'updateFields'],
		]) {
			const address = field('client', operation, collection, 'address');
			expect(address.type).toBe('json');
			expect(address.description).toContain(MARK);
		}
	});

	it('the CNPJ field and the PJ type say that the CNPJ is not documented', () => {
		const cnpj = properties.find(
			(property) => property.name === 'cnpj' && property.displayOptions?.show?.type,
		);
		expect(cnpj?.description).toContain(MARK);
		expect(field('client', 'update', 'updateFields', 'cnpj').description).toContain(MARK);
	});

	it('client status is free text with the documented active as placeholder; inactive is offered nowhere', () => {
		const status = field('client', 'update', 'updateFields', 'status');
		expect([status.type, status.placeholder]).toEqual(['string', 'active']);
		expect(JSON.stringify(properties)).not.toContain('inactive');
	});

	it.each([
		['client', ['search', 'segment', 'status', 'store_id', 'type']],
		[
			'vehicle',
			[
				'brand',
				'client_id',
				'fuel',
				'max_price',
				'min_price',
				'phase',
				'search',
				'store_id',
				'transmission',
			],
		],
	])('%s › Get Many: every filter but the documented status is marked', (resource, marked) => {
		const names = fieldsOf(resource, 'getAll', 'filters');
		expect(names.filter((name) => name !== 'status' || resource === 'client').sort()).toEqual(
			[...marked].sort(),
		);
		for (const name of marked) {
			expect([name, field(resource, 'getAll', 'filters', name).description]).toEqual([
				name,
				expect.stringContaining(MARK),
			]);
		}
		if (resource === 'vehicle') {
			expect(field('vehicle', 'getAll', 'filters', 'status').description).not.toContain(MARK);
		}
	});

	it.each(['client', 'vehicle'])('%s › Get Many: the sort keys are marked', (resource) => {
		expect(field(resource, 'getAll', 'options', 'sortBy').description).toContain(MARK);
	});

	it("deal fields the quickstart does not show are marked as Sonar Marketing's", () => {
		for (const name of ['description', 'priority', 'expected_close_date', 'responsible_id']) {
			expect([name, field('deal', 'create', 'additionalFields', name).description]).toEqual([
				name,
				expect.stringContaining(MARK),
			]);
		}
		for (const name of ['value', 'phase', 'probability', 'client_id', 'source', 'tags']) {
			expect([name, field('deal', 'create', 'additionalFields', name).description]).toEqual([
				name,
				expect.not.stringContaining(MARK),
			]);
		}
	});

	it('the credential help has no ea_test_ prefix and names the documented menu', () => {
		const help = JSON.stringify(new EcosysAutoApi().properties);
		expect(help).not.toContain('ea_test_');
		expect(help).toContain('Configurações → API Keys');
		expect(help).not.toMatch(/Settings → API(?! Keys)/);
	});
});
