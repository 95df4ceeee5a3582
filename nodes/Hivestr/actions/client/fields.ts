import type { INodeProperties } from 'n8n-workflow';

/** Client statuses exactly as the API spells them (hivestr.txt › PUT /clients/{id}: lead, prospect, client, inactive). */
export const clientStatusOptions = [
	{ name: 'Lead', value: 'lead' },
	{ name: 'Prospect', value: 'prospect' },
	{ name: 'Client', value: 'client' },
	{ name: 'Inactive', value: 'inactive' },
];

const text = (displayName: string, name: string, description: string, placeholder = '') =>
	({
		displayName,
		name,
		type: 'string',
		default: '',
		description,
		...(placeholder === '' ? {} : { placeholder }),
	}) as INodeProperties;

/** Fields a client accepts on create and on update (besides name, status and source). */
export const clientFields: INodeProperties[] = [
	text('Address', 'address', 'Street address', 'e.g. Av. Paulista, 1000'),
	text('City', 'city', 'City name', 'e.g. Brasília'),
	text('CNPJ', 'cnpj', 'Company tax ID (CNPJ)', 'e.g. 12.345.678/0001-99'),
	text('Company Name', 'company_name', 'Legal or trade name of the company', 'e.g. Acme Ltda'),
	text('Contact Person', 'contact_person', 'Who to talk to at the client', 'e.g. Maria Souza'),
	text('CPF', 'cpf', 'Personal tax ID (CPF)', 'e.g. 123.456.789-00'),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'E-mail address of the client',
	},
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'Free notes about the client (also copied to the pipeline card on create)',
	},
	text('Phone', 'phone', 'Phone number', 'e.g. (61) 99999-9999'),
	text('Position', 'position', 'Job title of the contact person', 'e.g. Director'),
	text('State', 'state', 'Two-letter state code (UF)', 'e.g. DF'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: clientStatusOptions,
		default: 'lead',
		description: 'Relationship status (Hivestr default on create: lead)',
	},
	text('Zip Code', 'zip_code', 'Postal code (CEP)', 'e.g. 70000-000'),
];
