import type { INodeProperties } from 'n8n-workflow';

/** Client statuses exactly as the API spells them. */
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
	text('Address', 'address', 'Street address', 'Rua Exemplo, 123'),
	text('City', 'city', 'City name', 'Brasília'),
	text('CNPJ', 'cnpj', 'Company tax ID (CNPJ)', '12.345.678/0001-99'),
	text('Company Name', 'company_name', 'Legal or trade name of the company', 'Empresa XYZ Ltda'),
	text('Contact Person', 'contact_person', 'Who to talk to at the client', 'João Silva'),
	text('CPF', 'cpf', 'Personal tax ID (CPF)', '123.456.789-00'),
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
	text('Phone', 'phone', 'Phone number', '(61) 99999-9999'),
	text('Position', 'position', 'Job title of the contact person', 'Diretor'),
	text('State', 'state', 'Two-letter state code (UF)', 'DF'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: clientStatusOptions,
		default: 'lead',
		description: 'Relationship status (Hivestr default on create: lead)',
	},
	text('Zip Code', 'zip_code', 'Postal code (CEP)', '70000-000'),
];
