import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields, rulesFor, tagList } from '../../../shared/validate';

/** Pipeline phases Sonar documents; a team's own phases can be set with an expression. */
export const phaseOptions = [
	{ name: 'Lead', value: 'lead' },
	{ name: 'Proposta', value: 'proposta' },
];

export const priorityOptions = [
	{ name: 'Alta', value: 'alta' },
	{ name: 'Média', value: 'media' },
	{ name: 'Baixa', value: 'baixa' },
];

export const statusOptions = [
	{ name: 'Ativo', value: 'ativo' },
	{ name: 'Arquivado', value: 'arquivado' },
	{ name: 'Ganho', value: 'ganho' },
	{ name: 'Perdido', value: 'perdido' },
];

/** Fields a deal accepts on create and on update. */
export const dealFields: INodeProperties[] = [
	{
		displayName: 'Client ID',
		name: 'client_id',
		type: 'string',
		default: '',
		description: 'UUID of the client the deal belongs to',
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
	},
	{
		displayName: 'Expected Close Date',
		name: 'expected_close_date',
		type: 'dateTime',
		default: '',
		description: 'Date the deal is expected to close; sent as YYYY-MM-DD',
	},
	{
		displayName: 'Phase',
		name: 'phase',
		type: 'options',
		options: phaseOptions,
		default: 'lead',
		description:
			'Pipeline phase (Sonar starts new deals in lead). Use an expression for a phase your team added.',
	},
	{
		displayName: 'Priority',
		name: 'priority',
		type: 'options',
		options: priorityOptions,
		default: 'media',
	},
	{
		displayName: 'Probability (%)',
		name: 'probability',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 50,
		description: 'Chance of winning, 0 to 100',
	},
	{
		displayName: 'Responsible ID',
		name: 'responsible_id',
		type: 'string',
		default: '',
		description: 'UUID of the team member responsible for the deal',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'string',
		default: '',
		placeholder: 'indicacao',
		description: 'Where the lead came from',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'social-media, premium',
		description: 'Comma-separated tags',
	},
	{
		displayName: 'Value (BRL)',
		name: 'value',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Deal value in reais (BRL, not cents)',
	},
];

/** Turns the user's field collection into the API body, checking values before sending. */
export function dealBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	return apiFields(fields, {
		value: rule.number('Value (BRL)', { min: 0 }),
		probability: rule.number('Probability (%)', { min: 0, max: 100 }),
		expected_close_date: rule.date('Expected Close Date'),
		tags: tagList,
	});
}
