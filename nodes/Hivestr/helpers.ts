import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * Pipeline stages (hivestr.txt › Pipeline stages): the value is exactly as the API spells it
 * (Portuguese, case-sensitive); the name says it in English with the API's word beside it.
 */
export const stageOptions = [
	{
		name: 'Prospecting (Prospecção)',
		value: 'Prospecção',
		description: 'Initial contact; no formal proposal yet',
	},
	{
		name: 'Trial (Degustação)',
		value: 'Degustação',
		description: 'Client exploring product/service (demo/trial)',
	},
	{ name: 'Proposal (Proposta)', value: 'Proposta', description: 'Proposal sent, awaiting review' },
	{
		name: 'Negotiation (Negociação)',
		value: 'Negociação',
		description: 'Client evaluating pricing and terms',
	},
	{
		name: 'Approval (Aprovação)',
		value: 'Aprovação',
		description: 'Interest confirmed; internal approval',
	},
	{ name: 'Won (Ganho)', value: 'Ganho', description: 'Deal closed' },
];

/** Every stage, Perdido (lost) included: for filters and for card Create (the doc forbids it only on the stage move). */
export const stageFilterOptions = [
	...stageOptions,
	{
		name: 'Lost (Perdido)',
		value: 'Perdido',
		description: 'Client declined or deal did not progress',
	},
];

/** The stage values as the API accepts them. */
export const STAGES = stageFilterOptions.map((option) => option.value);

/** A client ID field, with a searchable list of clients or a typed ID. */
export function clientIdField(name: string, description: string, required = true): INodeProperties {
	return {
		displayName: 'Client',
		name,
		type: 'resourceLocator',
		required,
		default: { mode: 'list', value: '' },
		description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchClients', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 3f1c2a9e-…',
			},
		],
	};
}

/** Keeps only the named keys of a record (those the API accepts). */
export function pick(record: IDataObject, keys: readonly string[]): IDataObject {
	const result: IDataObject = {};
	for (const key of keys) {
		if (record[key] !== undefined) result[key] = record[key];
	}
	return result;
}
