import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiFields, checkedNumber, rulesFor } from '../../../shared/validate';
import { dateField, listOf, nonEmptyList, tagsField, textField } from '../fields';

export const contactTypeOptions = [
	{ name: 'Cliente (Customer)', value: 'cliente' },
	{ name: 'Fornecedor (Supplier)', value: 'fornecedor' },
	{ name: 'Transportadora (Carrier)', value: 'transportadora' },
];

/** The contact's roles (tipo): one or more of cliente, fornecedor, transportadora. */
export function typeField(required: boolean): INodeProperties {
	const field: INodeProperties = {
		displayName: 'Type',
		name: 'tipo',
		type: 'multiOptions',
		options: contactTypeOptions,
		default: [],
		description:
			'What the contact is to you: one or more of cliente (customer), fornecedor (supplier) and transportadora (carrier) (API field tipo)',
	};
	return required ? { ...field, required: true, default: ['cliente'] } : field;
}

/** Fields a contact accepts besides name and type, on create and on update. */
export const contactFields: INodeProperties[] = [
	textField('Trade Name', 'fantasia', 'Trade name of the company, up to 60 characters'),
	textField('Contact Person', 'nomeParaContato', 'Person to talk to, up to 60 characters'),
	textField('CPF/CNPJ', 'cpfcnpj', 'CPF (person) or CNPJ (company) number'),
	dateField('Birth Date', 'dtNasc', 'Date of birth'),
	textField('Emails', 'emails', 'Comma-separated email addresses', {
		placeholder: 'vendas@example.com.br, financeiro@example.com.br',
	}),
	textField('Phones', 'fones', 'Comma-separated phone numbers'),
	textField('ZIP Code (CEP)', 'cep', 'Brazilian postal code; digits only are sent, as a number', {
		placeholder: '04320-040',
	}),
	textField('Street', 'logradouro', 'Street name'),
	textField('Number', 'numero', 'Street number'),
	textField('Complement', 'complemento', 'Address complement (suite, floor…)'),
	textField('District', 'bairro', 'District / neighbourhood'),
	textField('City', 'cidade', 'City name'),
	textField('IBGE City Code', 'codIBGE', 'IBGE code of the city, e.g. 355030'),
	textField('State', 'uf', 'State abbreviation, e.g. SP', { placeholder: 'SP' }),
	textField('Country', 'pais', 'Country'),
	{
		displayName: 'Final Consumer',
		name: 'clienteFinal',
		type: 'boolean',
		default: true,
		description: 'Whether the contact is a final consumer (API field clienteFinal)',
	},
	{
		displayName: 'State Registration Indicator',
		name: 'indicadorIE',
		type: 'options',
		options: [
			{ name: '1 - Contribuinte (Taxpayer)', value: 1 },
			{ name: '2 - Isento De IE (Exempt)', value: 2 },
			{ name: '9 - Não Contribuinte (Non-Taxpayer)', value: 9 },
		],
		default: 9,
		description:
			'ICMS taxpayer status: 1 taxpayer (contribuinte), 2 exempt from state registration (isento de IE) or 9 non-taxpayer (não contribuinte) (API field indicadorIE)',
	},
	textField('Municipal Registration', 'inscricaoMunicipal', 'Municipal registration number'),
	textField('State Registration', 'inscricaoEstadual', 'State registration (IE) number'),
	textField(
		'State Registration ST',
		'inscricaoEstadualST',
		'State registration as tax substitute (IE ST)',
	),
	textField('SUFRAMA', 'suframa', 'SUFRAMA registration (Manaus free zone)'),
	textField('Notes', 'obs', 'Free notes', { typeOptions: { rows: 3 } }),
	tagsField(),
];

/** The user's contact fields as the API body, checked before sending. */
export function contactBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	return apiFields(fields, {
		nome: rule.text('Name', 60),
		tipo: (value) => nonEmptyList(context, value, 'Type', itemIndex),
		dtNasc: rule.date('Birth Date'),
		fantasia: rule.text('Trade Name', 60),
		nomeParaContato: rule.text('Contact Person', 60),
		emails: listOf,
		fones: listOf,
		tags: listOf,
		cep: (value) =>
			checkedNumber(context, String(value).replace(/\D/g, ''), 'ZIP Code (CEP)', itemIndex, {
				min: 0,
			}),
		indicadorIE: (value) => {
			const indicator = checkedNumber(context, value, 'State Registration Indicator', itemIndex);
			if (![1, 2, 9].includes(indicator)) {
				throw new NodeOperationError(
					context.getNode(),
					'"State Registration Indicator" must be 1, 2 or 9',
					{ itemIndex, description: `Got "${String(value)}" on item ${itemIndex}.` },
				);
			}
			return indicator;
		},
	});
}
