import type { INodeProperties } from 'n8n-workflow';

import type { CheckedProperty } from '../../../shared/validate';

/** Client statuses exactly as the API spells them (hivestr.txt › PUT /clients/{id}: lead, prospect, client, inactive). */
export const clientStatusOptions = [
	{ name: 'Lead', value: 'lead' },
	{ name: 'Prospect', value: 'prospect' },
	{ name: 'Client', value: 'client' },
	{ name: 'Inactive', value: 'inactive' },
];

/** The status values as the API spells them. */
export const CLIENT_STATUSES = clientStatusOptions.map((option) => option.value);

/** A city, as a client's address and the inventory filter name it. */
export const cityField: INodeProperties = {
	displayName: 'City',
	name: 'city',
	type: 'string',
	default: '',
	placeholder: 'e.g. Brasília',
	description: 'City name',
};

/** A state (UF), as a client's address and the inventory filter name it. */
export const stateField: INodeProperties = {
	displayName: 'State',
	name: 'state',
	type: 'string',
	default: '',
	placeholder: 'e.g. DF',
	description: 'Two-letter state code (UF)',
};

/** Fields a client accepts on create and on update (besides name and source). */
export const clientFields: CheckedProperty[] = [
	{
		property: {
			displayName: 'Address',
			name: 'address',
			type: 'string',
			default: '',
			placeholder: 'e.g. Av. Paulista, 1000',
			description: 'Street address',
		},
	},
	{ property: cityField },
	{
		property: {
			displayName: 'CNPJ',
			name: 'cnpj',
			type: 'string',
			default: '',
			placeholder: 'e.g. 12.345.678/0001-99',
			description: 'Company tax ID (CNPJ)',
		},
	},
	{
		property: {
			displayName: 'Company Name',
			name: 'company_name',
			type: 'string',
			default: '',
			placeholder: 'e.g. Acme Ltda',
			description: 'Legal or trade name of the company',
		},
	},
	{
		property: {
			displayName: 'Contact Person',
			name: 'contact_person',
			type: 'string',
			default: '',
			placeholder: 'e.g. Maria Souza',
			description: 'Who to talk to at the client',
		},
	},
	{
		property: {
			displayName: 'CPF',
			name: 'cpf',
			type: 'string',
			default: '',
			placeholder: 'e.g. 123.456.789-00',
			description: 'Personal tax ID (CPF)',
		},
	},
	{
		property: {
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'E-mail address of the client',
		},
	},
	{
		property: {
			displayName: 'Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Free notes about the client (also copied to the pipeline card on create)',
		},
	},
	{
		property: {
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: 'e.g. (61) 99999-9999',
			description: 'Phone number',
		},
	},
	{
		property: {
			displayName: 'Position',
			name: 'position',
			type: 'string',
			default: '',
			placeholder: 'e.g. Director',
			description: 'Job title of the contact person',
		},
	},
	{ property: stateField },
	{
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: clientStatusOptions,
			default: 'lead',
			description: 'Relationship status (Hivestr default on create: lead)',
		},
		rule: (check, label) => check.oneOf(label, CLIENT_STATUSES),
	},
	{
		property: {
			displayName: 'Zip Code',
			name: 'zip_code',
			type: 'string',
			default: '',
			placeholder: 'e.g. 70000-000',
			description: 'Postal code (CEP)',
		},
	},
];
