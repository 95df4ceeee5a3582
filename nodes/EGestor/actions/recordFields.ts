/** Fields several eGestor records carry, each written out once. */
import type { INodeProperties } from 'n8n-workflow';

import type { Clearable } from './updateOperation';

/** Notes (obs) of a contact, receivable or payable. */
export const notesField: INodeProperties = {
	displayName: 'Notes',
	name: 'obs',
	type: 'string',
	default: '',
	description: 'Free notes (API field obs)',
	typeOptions: { rows: 3 },
};

/** Notes under Fields to Clear. */
export const notesClearable: Clearable = {
	name: 'Notes',
	value: 'obs',
	description: 'Sent as "" (API field obs)',
	empty: '',
};

/** Tags: a comma-separated list, or an array from an expression; sent as a list (`tagList`). */
export const tagsField: INodeProperties = {
	displayName: 'Tags',
	name: 'tags',
	type: 'string',
	default: '',
	description: 'Comma-separated tags (API field tags)',
	placeholder: 'vip, atacado',
};

/** Tags under Fields to Clear. */
export const tagsClearable: Clearable = {
	name: 'Tags',
	value: 'tags',
	description: 'Sent as [] (API field tags)',
	empty: [],
};

/** The tax group (codigoGrupoTributos) of a product or service. */
export const taxGroupField: INodeProperties = {
	displayName: 'Tax Group Code',
	name: 'codigoGrupoTributos',
	type: 'number',
	default: 0,
	description: 'Code of the tax group in eGestor (API field codigoGrupoTributos)',
};

/** A registration date-time (dtCad) as eGestor writes it: "YYYY-MM-DD HH:MM:SS". */
export const registrationDateField: INodeProperties = {
	displayName: 'Registration Date',
	name: 'dtCad',
	type: 'dateTime',
	default: '',
	description: 'When the record was registered; sent as YYYY-MM-DD HH:MM:SS (API field dtCad)',
};
