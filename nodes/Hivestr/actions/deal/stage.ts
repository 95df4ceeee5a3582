import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid } from '../../../shared/validate';

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

/** Hivestr only lets a card reach Perdido through mark-lost (with a reason). */
export function refusePerdido(context: IExecuteFunctions, itemIndex: number): never {
	throw invalid(
		context,
		itemIndex,
		'A card cannot be set to "Perdido" here: use the "Mark Lost" operation',
		'Hivestr moves a card to Perdido only through Mark Lost, which records the reason on the client. Choose Pipeline Card → Mark Lost instead.',
	);
}
