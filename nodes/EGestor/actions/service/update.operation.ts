import { tagsClearable } from '../recordFields';
import { service } from '../resources';
import type { Clearable } from '../updateOperation';
import { updateOperation } from '../updateOperation';
import { serviceBody, serviceFields } from './fields';

const clearable: Clearable[] = [
	{
		name: 'Service List Item',
		value: 'itemListaServico',
		description: 'Sent as "" (API field itemListaServico)',
		empty: '',
	},
	tagsClearable,
];

export const { description, execute } = updateOperation({
	resource: service,
	fields: [
		{
			displayName: 'Description',
			name: 'descricao',
			type: 'string',
			default: '',
			description: 'Name of the service as shown on sales and invoices (API field descricao)',
		},
		...serviceFields,
	],
	clearable,
	// Serviços › Editar (Update) shows no request body: the create example's fields (Serviços ›
	// Novo), which the read also holds, are sent back as read.
	writable: ['descricao', 'precoVenda', 'codigoGrupoTributos', 'dtCad', 'tags', 'itemListaServico'],
	changes: serviceBody,
});
