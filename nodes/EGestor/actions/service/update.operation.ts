import { textField } from '../fields';
import type { Clearable } from '../update';
import { updateOperation } from '../update';
import { serviceBody, serviceFields } from './fields';
import { service } from './info';

const clearable: Clearable[] = [
	{ name: 'Service List Item', value: 'itemListaServico', empty: '' },
	{ name: 'Tags', value: 'tags', empty: [] },
];

export const { description, execute } = updateOperation({
	info: service,
	fields: [
		textField('Description', 'descricao', 'Name of the service as shown on sales and invoices'),
		...serviceFields,
	],
	clearable,
	// Serviços › Editar (Update) shows no request body: the create example's fields (Serviços ›
	// Novo), which the read also holds, are sent back as read.
	writable: ['descricao', 'precoVenda', 'codigoGrupoTributos', 'dtCad', 'tags', 'itemListaServico'],
	changes: serviceBody,
});
