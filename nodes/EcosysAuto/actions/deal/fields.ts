import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import type { DealTransport } from '../../../shared/pipeline-deal-operations';
import {
	dealFields as platformDealFields,
	dealListModes,
	priorityOptions,
} from '../../../shared/pipeline-deals';
import { ecosysRequest, ecosysList } from '../../transport';
import { clientModes } from '../client/fields';

export { dealBody } from '../../../shared/pipeline-deals';

/** How the platform's deal operations reach Ecosys Auto. */
export const dealTransport: DealTransport = { request: ecosysRequest, list: ecosysList };

/** Pipeline phases the quickstart shows (lead); a dealer's own phases: an expression. */
export const phaseOptions = [{ name: 'Lead', value: 'lead' }];

/** Deal statuses the quickstart shows: ativo (a new deal), ganho and perdido (markDealWon/Lost). */
export const dealStatusOptions = [
	{ name: 'Open (Ativo)', value: 'ativo' },
	{ name: 'Won (Ganho)', value: 'ganho' },
	{ name: 'Lost (Perdido)', value: 'perdido' },
];

/** Update's Status field. */
export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: dealStatusOptions,
	default: 'ativo',
	description: 'To close a deal, the Mark Won and Mark Lost operations are simpler',
};

/**
 * Fields a deal accepts on create and on update: the quickstart's POST /deals shows title,
 * value, phase, probability, client_id, source and tags; the others are Sonar Marketing's
 * documented deal fields (same platform), marked.
 */
export const dealFields: INodeProperties[] = platformDealFields({
	phase: {
		displayName: 'Phase',
		name: 'phase',
		type: 'options',
		options: phaseOptions,
		default: 'lead',
		description:
			'Sales pipeline phase (new deals start in lead). Use an expression for a phase your dealership added.',
	},
	client: {
		displayName: 'Client',
		name: 'client_id',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The client the deal belongs to, from the list or by its UUID',
		...clientModes,
	},
	undocumented: {
		description: {
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description:
				"Longer text about the deal (not in Ecosys Auto's API docs; Sonar Marketing documents it on the same platform)",
		},
		expected_close_date: {
			displayName: 'Expected Close Date',
			name: 'expected_close_date',
			type: 'dateTime',
			default: '',
			description:
				"Date the deal is expected to close; sent as YYYY-MM-DD (not in Ecosys Auto's API docs; Sonar Marketing documents it on the same platform)",
		},
		priority: {
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			options: priorityOptions,
			default: 'media',
			description:
				"How urgent the deal is (not in Ecosys Auto's API docs; Sonar Marketing documents alta, media, baixa on the same platform)",
		},
		responsible_id: {
			displayName: 'Responsible ID',
			name: 'responsible_id',
			type: 'string',
			default: '',
			description:
				"UUID of the team member responsible for the deal (not in Ecosys Auto's API docs; Sonar Marketing documents it on the same platform)",
		},
	},
});

/** The Deal picker's modes: a deal from a searchable list, or its UUID. */
export const dealModes: { modes: INodePropertyMode[] } = {
	modes: [
		...dealListModes.modes,
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3f1c2a9e-5b7d-4e8f-9a1b-2c3d4e5f6a7b',
		},
	],
};
