import type { INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../shared/types';
import { tagList, wallClockDateTime } from '../../shared/validate';
import { entryContact } from './locators';
import {
	notesClearable,
	notesField,
	registrationDateField,
	tagsClearable,
	tagsField,
} from './recordFields';
import type { ResourceInfo } from './resources';
import type { Clearable } from './updateOperation';
import { checkedBody, updateOperation } from './updateOperation';

/** The fields a receivable's or payable's PUT may carry, by API name. */
const entryFields: Record<string, INodeProperties> = {
	codPlanoContas: {
		displayName: 'Chart of Accounts Code',
		name: 'codPlanoContas',
		type: 'number',
		default: 0,
		description:
			'Code of the account in the chart of accounts, a whole number (API field codPlanoContas)',
	},
	codFormaPgto: {
		displayName: 'Payment Method Code',
		name: 'codFormaPgto',
		type: 'number',
		default: 0,
		description: 'Code of the payment method in eGestor, a whole number (API field codFormaPgto)',
	},
	numDoc: {
		displayName: 'Document Number',
		name: 'numDoc',
		type: 'string',
		default: '',
		description: 'Number of the document (invoice, slip…) (API field numDoc)',
	},
	descricao: {
		displayName: 'Description',
		name: 'descricao',
		type: 'string',
		default: '',
		description: 'Description of the entry (API field descricao)',
	},
	valor: {
		displayName: 'Amount (BRL)',
		name: 'valor',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Amount in reais (BRL, not cents) (API field valor)',
	},
	dtVenc: {
		displayName: 'Due Date',
		name: 'dtVenc',
		type: 'string',
		default: '',
		placeholder: 'YYYY-MM-DD',
		description: 'Due date, as YYYY-MM-DD (API field dtVenc)',
	},
	dtPgto: {
		displayName: 'Payment Date',
		name: 'dtPgto',
		type: 'string',
		default: '',
		placeholder: 'YYYY-MM-DD',
		description:
			'Date it was paid; 0000-00-00 (eGestor\'s value for "not paid") reopens it, as YYYY-MM-DD (API field dtPgto)',
	},
	codContato: entryContact,
	obs: notesField,
	dtCad: registrationDateField,
	tags: tagsField,
};

/** dtPgto "0000-00-00": the value Recebimentos › Editar's example sends for "not paid". */
const NOT_PAID = '0000-00-00';

/** What Fields to Clear offers of a receivable or payable, by API name. */
const entryClearable: Record<string, Clearable> = {
	numDoc: {
		name: 'Document Number',
		value: 'numDoc',
		description: 'Sent as "" (API field numDoc)',
		empty: '',
	},
	descricao: {
		name: 'Description',
		value: 'descricao',
		description: 'Sent as "" (API field descricao)',
		empty: '',
	},
	obs: notesClearable,
	tags: tagsClearable,
	dtPgto: {
		name: 'Payment Date (Reopen: Not Paid)',
		value: 'dtPgto',
		description: 'Sent as "0000-00-00" (API field dtPgto)',
		empty: NOT_PAID,
	},
};

interface EntryUpdateOptions {
	resource: ResourceInfo;
	/** The fields of the resource's documented PUT example, in the order of Update Fields. */
	writable: string[];
}

/** Update of a receivable or payable: `PUT <path>/<code>` with the fields of its PUT example. */
export function entryUpdateOperation({ resource, writable }: EntryUpdateOptions): Operation {
	return updateOperation({
		resource,
		fields: writable.map((name) => entryFields[name]),
		clearable: ['numDoc', 'descricao', 'obs', 'tags', 'dtPgto']
			.filter((name) => writable.includes(name))
			.map((name) => entryClearable[name]),
		writable,
		numbers: ['codPlanoContas', 'codFormaPgto', 'valor', 'codContato'],
		changes: checkedBody((rule, context, itemIndex) => ({
			codPlanoContas: rule.number('Chart of Accounts Code'),
			codFormaPgto: rule.number('Payment Method Code'),
			valor: rule.number('Amount (BRL)', { min: 0 }),
			dtVenc: rule.date('Due Date'),
			dtPgto: (value) =>
				String(value).trim() === NOT_PAID ? NOT_PAID : rule.date('Payment Date')(value),
			codContato: rule.number('Contact'),
			tags: tagList,
			dtCad: (value) => wallClockDateTime(context, value, 'Registration Date', itemIndex),
		})),
	});
}
