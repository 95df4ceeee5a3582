import type { INodeProperties } from 'n8n-workflow';

import { checkedNumber, invalid, nonEmptyList, tagList } from '../../../shared/validate';
import { notesField, tagsField } from '../recordFields';
import { checkedBody } from '../updateOperation';

const contactTypeOptions = [
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
	{
		displayName: 'Birth Date',
		name: 'dtNasc',
		type: 'string',
		default: '',
		placeholder: 'YYYY-MM-DD',
		description: 'Date of birth, as YYYY-MM-DD (API field dtNasc)',
	},
	{
		displayName: 'City',
		name: 'cidade',
		type: 'string',
		default: '',
		description: 'City name (API field cidade)',
	},
	{
		displayName: 'Complement',
		name: 'complemento',
		type: 'string',
		default: '',
		description: 'Address complement (suite, floor…) (API field complemento)',
	},
	{
		displayName: 'Contact Person',
		name: 'nomeParaContato',
		type: 'string',
		default: '',
		description: 'Person to talk to, up to 60 characters (API field nomeParaContato)',
	},
	{
		displayName: 'Country',
		name: 'pais',
		type: 'string',
		default: '',
		description: 'Country (API field pais)',
	},
	{
		displayName: 'CPF/CNPJ',
		name: 'cpfcnpj',
		type: 'string',
		default: '',
		description: 'CPF (person) or CNPJ (company) number (API field cpfcnpj)',
	},
	{
		displayName: 'District',
		name: 'bairro',
		type: 'string',
		default: '',
		description: 'District / neighbourhood (API field bairro)',
	},
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		default: '',
		description: 'Comma-separated email addresses (API field emails)',
		placeholder: 'vendas@example.com.br, financeiro@example.com.br',
	},
	{
		displayName: 'Final Consumer',
		name: 'clienteFinal',
		type: 'boolean',
		default: true,
		description: 'Whether the contact is a final consumer (API field clienteFinal)',
	},
	{
		displayName: 'IBGE City Code',
		name: 'codIBGE',
		type: 'string',
		default: '',
		description: 'IBGE code of the city, e.g. 355030 (API field codIBGE)',
	},
	{
		displayName: 'Municipal Registration',
		name: 'inscricaoMunicipal',
		type: 'string',
		default: '',
		description: 'Municipal registration number (API field inscricaoMunicipal)',
	},
	notesField,
	{
		displayName: 'Number',
		name: 'numero',
		type: 'string',
		default: '',
		description: 'Street number (API field numero)',
	},
	{
		displayName: 'Phones',
		name: 'fones',
		type: 'string',
		default: '',
		description: 'Comma-separated phone numbers (API field fones)',
	},
	{
		displayName: 'State',
		name: 'uf',
		type: 'string',
		default: '',
		description: 'State abbreviation, e.g. SP (API field uf)',
		placeholder: 'SP',
	},
	{
		displayName: 'State Registration',
		name: 'inscricaoEstadual',
		type: 'string',
		default: '',
		description: 'State registration (IE) number (API field inscricaoEstadual)',
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
	{
		displayName: 'State Registration ST',
		name: 'inscricaoEstadualST',
		type: 'string',
		default: '',
		description: 'State registration as tax substitute (IE ST) (API field inscricaoEstadualST)',
	},
	{
		displayName: 'Street',
		name: 'logradouro',
		type: 'string',
		default: '',
		description: 'Street name (API field logradouro)',
	},
	{
		displayName: 'SUFRAMA',
		name: 'suframa',
		type: 'string',
		default: '',
		description: 'SUFRAMA registration (Manaus free zone) (API field suframa)',
	},
	tagsField,
	{
		displayName: 'Trade Name',
		name: 'fantasia',
		type: 'string',
		default: '',
		description: 'Trade name of the company, up to 60 characters (API field fantasia)',
	},
	{
		displayName: 'ZIP Code (CEP)',
		name: 'cep',
		type: 'string',
		default: '',
		description: 'Brazilian postal code; digits only are sent, as a number (API field cep)',
		placeholder: '04320-040',
	},
];

/** The user's contact fields as the API body, checked before sending. */
export const contactBody = checkedBody((rule, context, itemIndex) => ({
	nome: rule.text('Name', 60),
	tipo: (value) => nonEmptyList(context, value, 'Type', itemIndex),
	dtNasc: rule.date('Birth Date'),
	fantasia: rule.text('Trade Name', 60),
	nomeParaContato: rule.text('Contact Person', 60),
	emails: tagList,
	fones: tagList,
	tags: tagList,
	cep: (value) =>
		checkedNumber(context, String(value).replace(/\D/g, ''), 'ZIP Code (CEP)', itemIndex, {
			min: 0,
		}),
	indicadorIE: (value) => {
		const indicator = checkedNumber(context, value, 'State Registration Indicator', itemIndex);
		if (![1, 2, 9].includes(indicator)) {
			throw invalid(
				context,
				itemIndex,
				'"State Registration Indicator" must be 1, 2 or 9',
				`Got "${String(value)}" on item ${itemIndex}.`,
			);
		}
		return indicator;
	},
}));
