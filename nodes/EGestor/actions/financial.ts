import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../shared/descriptions';
import type { Operation } from '../../shared/types';
import { apiFields, checkedDate, checkedNumber, rulesFor } from '../../shared/validate';
import { eGestorRequest } from '../transport';
import type { ResourceInfo } from './common';
import { codeField, codeOf, recordPath } from './common';
import type { Clearable } from './update';
import { updateOperation } from './update';
import {
	checkedDateTime,
	dateField,
	listOf,
	numberField,
	registrationDateField,
	tagsField,
	textField,
} from './fields';
import { locatorValue } from '../../shared/locators';

const allUpdateFields: Record<string, INodeProperties> = {
	codPlanoContas: numberField(
		'Chart of Accounts Code',
		'codPlanoContas',
		'Code of the account in the chart of accounts, a whole number',
	),
	codFormaPgto: numberField(
		'Payment Method Code',
		'codFormaPgto',
		'Code of the payment method in eGestor, a whole number',
	),
	numDoc: textField('Document Number', 'numDoc', 'Number of the document (invoice, slip…)'),
	descricao: textField('Description', 'descricao', 'Description of the entry'),
	valor: numberField('Amount (BRL)', 'valor', 'Amount in reais (BRL, not cents)', {
		minValue: 0,
		numberPrecision: 2,
	}),
	dtVenc: dateField('Due Date', 'dtVenc', 'Due date'),
	dtPgto: dateField(
		'Payment Date',
		'dtPgto',
		'Date it was paid; 0000-00-00 (eGestor\'s value for "not paid") reopens it',
	),
	codContato: {
		displayName: 'Contact',
		name: 'codContato',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description:
			'The contact: pick it from the list or give its code (codigo), a whole number (API field codContato)',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchContacts', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 324',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '[1-9][0-9]*',
							errorMessage: 'The code (codigo) is a whole number from 1',
						},
					},
				],
			},
		],
	},
	obs: textField('Notes', 'obs', 'Free notes', { typeOptions: { rows: 3 } }),
	dtCad: registrationDateField(),
	tags: tagsField(),
};

/** dtPgto "0000-00-00": the value Recebimentos › Editar's example sends for "not paid". */
const NOT_PAID = '0000-00-00';

/** Update: `PUT <path>/<code>` with the fields of that resource's documented PUT example. */
export function financialUpdate(info: ResourceInfo, fieldNames: string[]): Operation {
	const clearable: Clearable[] = [
		{ name: 'Document Number', value: 'numDoc', empty: '' },
		{ name: 'Description', value: 'descricao', empty: '' },
		{ name: 'Notes', value: 'obs', empty: '' },
		{ name: 'Tags', value: 'tags', empty: [] },
	];
	if (fieldNames.includes('dtPgto')) {
		clearable.push({
			name: 'Payment Date (Reopen: Not Paid)',
			value: 'dtPgto',
			empty: NOT_PAID,
		});
	}
	return updateOperation({
		info,
		fields: fieldNames.map((name) => allUpdateFields[name]),
		clearable,
		writable: fieldNames,
		numbers: ['codPlanoContas', 'codFormaPgto', 'valor', 'codContato'],
		changes(context, fields, itemIndex) {
			const rule = rulesFor(context, itemIndex);
			return apiFields(fields, {
				codPlanoContas: rule.number('Chart of Accounts Code'),
				codFormaPgto: rule.number('Payment Method Code'),
				valor: rule.number('Amount (BRL)', { min: 0 }),
				dtVenc: rule.date('Due Date'),
				dtPgto: (value) =>
					String(value).trim() === NOT_PAID ? NOT_PAID : rule.date('Payment Date')(value),
				codContato: (value) => rule.number('Contact')(locatorValue(value)),
				tags: listOf,
				dtCad: (value) => checkedDateTime(context, value, 'Registration Date', itemIndex),
			});
		},
	});
}

/** Receive / Pay: `PUT <path>/<code>/<action>` with the amount and the payment date. */
export function settleOperation(
	info: ResourceInfo,
	operation: string,
	action: string,
	verb: string,
): Operation {
	const fields: INodeProperties[] = [
		codeField(info),
		{
			displayName: 'Amount (BRL)',
			name: 'valor',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 200.00',
			description: `Amount ${verb}, in reais (BRL, not cents), at least 0.01 (API field valor)`,
		},
		dateField('Payment Date', 'dtPgto', `Date it was ${verb}`, { required: true }),
	];
	return {
		description: forOperation(info.resource, operation, fields),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, info, itemIndex);
			const valor = checkedNumber(
				this,
				this.getNodeParameter('valor', itemIndex),
				'Amount (BRL)',
				itemIndex,
				{ min: 0.01 },
			);
			const dtPgto = checkedDate(
				this,
				this.getNodeParameter('dtPgto', itemIndex, ''),
				'Payment Date',
				itemIndex,
			);
			return await eGestorRequest(this, itemIndex, {
				method: 'PUT',
				effect: 'additive', // each call records one more payment
				path: recordPath(info, code, `/${action}`),
				body: { valor, dtPgto },
			});
		},
	};
}
