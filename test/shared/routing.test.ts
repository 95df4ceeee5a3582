import type {
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';

import { EcosysAuto } from '../../nodes/EcosysAuto/EcosysAuto.node';
import { EGestor } from '../../nodes/EGestor/EGestor.node';
import { Hivestr } from '../../nodes/Hivestr/Hivestr.node';
import { SonarMarketing } from '../../nodes/SonarMarketing/SonarMarketing.node';
import type { ResourceMap } from '../../nodes/shared/types';
import { WoofedCrm } from '../../nodes/WoofedCrm/WoofedCrm.node';

// The map each node hands to the router, caught instead of running any item.
const routed: { resources?: ResourceMap } = {};
jest.mock('../../nodes/shared/router', () => ({
	route: jest.fn(async (resources: ResourceMap) => {
		routed.resources = resources;
		return [[]];
	}),
}));

const optionValues = (property: INodeProperties) =>
	((property.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));

const shownFor = (property: INodeProperties, name: string): string[] =>
	((property.displayOptions?.show?.[name] ?? []) as unknown[]).map(String);

async function routesOf(node: INodeType): Promise<ResourceMap> {
	routed.resources = undefined;
	await node.execute!.call({} as IExecuteFunctions);
	if (routed.resources === undefined) throw new Error('the node did not call route');
	return routed.resources;
}

/** Every resource × operation the node's dropdowns offer, as `resource/operation`. */
function offeredPairs(properties: INodeProperties[]): string[] {
	const resources = properties.filter((property) => property.name === 'resource');
	expect(resources).toHaveLength(1);
	return optionValues(resources[0]).flatMap((resource) => {
		const operations = properties
			.filter((property) => property.name === 'operation')
			.filter((property) => shownFor(property, 'resource').includes(resource))
			.flatMap(optionValues);
		return operations.map((operation) => `${resource}/${operation}`);
	});
}

/** Every `resource/operation` some property is shown for. */
function fieldPairs(properties: INodeProperties[]): string[] {
	return properties.flatMap((property) =>
		shownFor(property, 'resource').flatMap((resource) =>
			shownFor(property, 'operation').map((operation) => `${resource}/${operation}`),
		),
	);
}

function routedPairs(resources: ResourceMap): string[] {
	return Object.entries(resources).flatMap(([resource, operations]) =>
		Object.keys(operations).map((operation) => `${resource}/${operation}`),
	);
}

describe.each([
	['Sonar Marketing', () => new SonarMarketing()],
	['Ecosys Auto', () => new EcosysAuto()],
	['WoofedCRM', () => new WoofedCrm()],
	['Hivestr', () => new Hivestr()],
	['eGestor', () => new EGestor()],
])('%s routing', (_name, makeNode) => {
	const node = makeNode();
	const { properties } = node.description;

	it('routes every resource × operation its dropdowns offer to an operation', async () => {
		const resources = await routesOf(node);
		const offered = offeredPairs(properties);
		expect(offered.length).toBeGreaterThan(0);
		for (const pair of offered) {
			const [resource, operation] = pair.split('/');
			const found = resources[resource]?.[operation];
			expect({ pair, routed: typeof found?.execute }).toEqual({ pair, routed: 'function' });
		}
	});

	it('offers every operation it routes, and shows fields only for offered operations', async () => {
		const offered = new Set(offeredPairs(properties));
		expect(routedPairs(await routesOf(node)).filter((pair) => !offered.has(pair))).toEqual([]);
		expect(fieldPairs(properties).filter((pair) => !offered.has(pair))).toEqual([]);
	});

	it('has one dropdown of operations per resource, each defaulting to one of its options', () => {
		const operations = properties.filter((property) => property.name === 'operation');
		const resources = operations.flatMap((property) => shownFor(property, 'resource'));
		expect(new Set(resources).size).toBe(resources.length);
		for (const property of operations) {
			expect(optionValues(property)).toContain(property.default);
		}
	});
});
