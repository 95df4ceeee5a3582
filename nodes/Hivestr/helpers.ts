import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkedNumber } from '../shared/validate';

/** A yes/no value that may come from an expression as "true"/"false". */
export function checkedBoolean(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw new NodeOperationError(context.getNode(), `"${label}" must be true or false`, {
		itemIndex,
		description: `Got "${String(value)}" on item ${itemIndex}.`,
	});
}

/** JSON typed in a field or given as an object/array by an expression. */
export function parsedJson(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value) as unknown;
	} catch {
		throw new NodeOperationError(context.getNode(), `"${label}" must be valid JSON`, {
			itemIndex,
			description: `Item ${itemIndex} has text that is not JSON in "${label}".`,
		});
	}
}

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

/** Money in cents: a whole, non-negative number (R$ 5.000,00 = 500000); nothing is converted. */
export function checkedCents(
	context: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): number {
	const cents = checkedNumber(context, value, label, itemIndex, { min: 0 });
	if (!Number.isInteger(cents)) {
		throw new NodeOperationError(context.getNode(), `"${label}" must be a whole number of cents`, {
			itemIndex,
			description: `Got ${cents} on item ${itemIndex}; R$ 5.000,00 is 500000.`,
		});
	}
	return cents;
}
