import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Hivestr, hivestrResources } from '../../nodes/Hivestr/Hivestr.node';

const { description } = new Hivestr();
const byName = (name: string) =>
	description.properties.filter((property) => property.name === name);
const optionsOf = (property: INodeProperties) => (property.options ?? []) as INodePropertyOptions[];

/** Every property, including the fields inside collections and fixed collections. */
function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const nested = (property.options ?? []).flatMap((option) =>
			'values' in option
				? allProperties(option.values)
				: 'type' in option
					? allProperties([option as INodeProperties])
					: [],
		);
		return [property, ...nested];
	});
}

describe('Hivestr node description', () => {
	it('is usable as an AI tool and signs with the Hivestr credential', () => {
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([{ name: 'hivestrApi', required: true }]);
	});

	it('offers exactly the resources it routes, with Pipeline Card as the label of deal', () => {
		const [resource] = byName('resource');
		expect(
			Object.fromEntries(optionsOf(resource).map((option) => [option.value, option.name])),
		).toEqual({
			client: 'Client',
			clientNote: 'Client Note',
			deal: 'Pipeline Card',
			inventory: 'Inventory',
			proposal: 'Proposal',
			reminder: 'Reminder',
			task: 'Task',
		});
		expect(Object.keys(hivestrResources).sort()).toEqual(
			optionsOf(resource)
				.map((option) => String(option.value))
				.sort(),
		);
	});

	it('routes every operation in each dropdown, and has no operation without a dropdown entry', () => {
		const listed = Object.fromEntries(
			byName('operation').map((operation) => [
				operation.displayOptions?.show?.resource?.[0] as string,
				optionsOf(operation)
					.map((option) => String(option.value))
					.sort(),
			]),
		);
		const routed = Object.fromEntries(
			Object.entries(hivestrResources).map(([resource, operations]) => [
				resource,
				Object.keys(operations).sort(),
			]),
		);
		expect(listed).toEqual(routed);
		expect(routed).toEqual({
			client: ['create', 'get', 'getAll', 'update'],
			clientNote: ['create', 'getAll'],
			deal: ['create', 'get', 'getAll', 'markLost', 'moveStage', 'update'],
			inventory: ['get', 'getAll'],
			proposal: ['calculate', 'create', 'get', 'getAll', 'update'],
			reminder: ['getAll'],
			task: ['create', 'delete', 'getAll', 'update'],
		});
	});

	it('names the unit of every money field', () => {
		const money = allProperties(description.properties).filter(
			(property) =>
				property.type === 'number' &&
				/price|value/i.test(property.name) &&
				!/percentage/.test(property.name),
		);
		expect(money.length).toBeGreaterThan(0);
		for (const property of money) expect(property.displayName).toMatch(/\(Cents\)$/);
	});

	it('offers the exact vendor stage strings for Move Stage, without Perdido', () => {
		const [stage] = byName('pipelineStage');
		expect(optionsOf(stage).map((option) => option.value)).toEqual([
			'Prospecção',
			'Degustação',
			'Proposta',
			'Negociação',
			'Aprovação',
			'Ganho',
		]);
	});

	it('makes replacing proposal items an explicit choice, off by default', () => {
		const [replace] = byName('replaceItems');
		expect(replace.type).toBe('boolean');
		expect(replace.default).toBe(false);
		expect(replace.description).toContain('DELETES every current item');
	});

	it("names stages in English with the API value beside it; the value stays the API's", () => {
		const [stage] = byName('pipelineStage');
		expect(optionsOf(stage).map(({ name, value }) => [name, value])).toEqual([
			['Prospecting (Prospecção)', 'Prospecção'],
			['Trial (Degustação)', 'Degustação'],
			['Proposal (Proposta)', 'Proposta'],
			['Negotiation (Negociação)', 'Negociação'],
			['Approval (Aprovação)', 'Aprovação'],
			['Won (Ganho)', 'Ganho'],
		]);
	});

	it('writes every option name and placeholder in English (Portuguese only as the API value in brackets)', () => {
		const portuguese =
			/\b(cliente|para|campanha|ligar|retorno|sexta|concorrente|empresa|rua|diretor|verão|perdido|ganho)\b/i;
		const texts = allProperties(description.properties).flatMap((property) => [
			property.placeholder ?? '',
			...optionsOf(property).map((option) => option.name.replace(/\([^)]*\)$/, '')),
		]);
		expect(texts.filter((text) => portuguese.test(text))).toEqual([]);
	});
});
