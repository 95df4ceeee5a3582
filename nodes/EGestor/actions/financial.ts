import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../shared/descriptions';
import type { Operation } from '../../shared/types';
import {
	apiFields,
	checkedDate,
	checkedNumber,
	requireSomeField,
	rulesFor,
} from '../../shared/validate';
import { eGestorRequest } from '../transport';
import type { ResourceInfo } from './common';
import { codeField, codeOf, recordPath } from './common';
import {
	checkedDateTime,
	dateField,
	listOf,
	numberField,
	registrationDateField,
	tagsField,
	textField,
} from './fields';

const allUpdateFields: Record<string, INodeProperties> = {
	codPlanoContas: numberField(
		'Chart of Accounts Code',
		'codPlanoContas',
		'Code of the account in the chart of accounts',
	),
	codFormaPgto: numberField('Payment Method Code', 'codFormaPgto', 'Code of the payment method'),
	numDoc: textField('Document Number', 'numDoc', 'Number of the document (invoice, slip…)'),
	descricao: textField('Description', 'descricao', 'Description of the entry'),
	valor: numberField('Amount (BRL)', 'valor', 'Amount in reais (BRL, not cents)', {
		minValue: 0,
		numberPrecision: 2,
	}),
	dtVenc: dateField('Due Date', 'dtVenc', 'Due date'),
	dtPgto: dateField('Payment Date', 'dtPgto', 'Date it was paid'),
	codContato: numberField('Contact Code', 'codContato', 'Code (codigo) of the contact'),
	obs: textField('Notes', 'obs', 'Free notes', { typeOptions: { rows: 3 } }),
	dtCad: registrationDateField(),
	tags: tagsField(),
};

/** Update: `PUT <path>/<code>` with the documented fields of that resource. */
export function updateOperation(info: ResourceInfo, fieldNames: string[]): Operation {
	return {
		description: forOperation(info.resource, 'update', [
			codeField(info, 'to update'),
			optionalFields(
				'updateFields',
				'Update Fields',
				fieldNames.map((name) => allUpdateFields[name]),
			),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, info, itemIndex);
			const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			const rule = rulesFor(this, itemIndex);
			const body = apiFields(fields, {
				codPlanoContas: rule.number('Chart of Accounts Code'),
				codFormaPgto: rule.number('Payment Method Code'),
				valor: rule.number('Amount (BRL)', { min: 0 }),
				dtVenc: rule.date('Due Date'),
				dtPgto: rule.date('Payment Date'),
				codContato: rule.number('Contact Code'),
				tags: listOf,
				dtCad: (value) => checkedDateTime(this, value, 'Registration Date', itemIndex),
			});
			requireSomeField(this, body, 'Update Fields', itemIndex);
			return await eGestorRequest(this, itemIndex, {
				method: 'PUT',
				path: recordPath(info, code),
				body,
			});
		},
	};
}

/** Receive / Pay: `PUT <path>/<code>/<action>` with the amount and the payment date. */
export function settleOperation(
	info: ResourceInfo,
	operation: string,
	action: string,
	verb: string,
): Operation {
	const fields: INodeProperties[] = [
		codeField(info, `to mark as ${verb}`),
		{
			displayName: 'Amount (BRL)',
			name: 'valor',
			type: 'number',
			required: true,
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: `Amount ${verb}, in reais (BRL, not cents) (API field valor)`,
		},
		{
			displayName: 'Payment Date',
			name: 'dtPgto',
			type: 'dateTime',
			required: true,
			default: '',
			description: `Date it was ${verb}; sent as YYYY-MM-DD (API field dtPgto)`,
		},
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
