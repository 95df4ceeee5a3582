import type { ResourceInfo } from '../common';

export const service: ResourceInfo = {
	resource: 'service',
	path: '/servicos',
	noun: 'service',
	idName: 'serviceId',
	label: 'Service',
	// Simplify keeps these fields (README, "Simplify"): from the document's Serviços list and read examples.
	simpleFields: ['codigo', 'descricao', 'precoVenda', 'itemListaServico', 'dtCad'],
	locator: {
		displayName: 'Service',
		name: 'serviceId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The service: pick it from the list (searched by the text you type) or give its code (codigo), a whole number from 1',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchServices', searchable: true },
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
};
