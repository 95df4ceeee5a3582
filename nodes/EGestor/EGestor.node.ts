import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { RoutedDropdown } from '../shared/router';
import { MAX_REQUESTS_IN_PARALLEL, route } from '../shared/router';
import type { ResourceMap } from '../shared/types';
import * as contact from './actions/contact';
import * as payable from './actions/payable';
import * as product from './actions/product';
import * as receivable from './actions/receivable';
import * as sale from './actions/sale';
import * as service from './actions/service';
import { authenticationField, eGestorCredentials } from './authentication';
import {
	searchContacts,
	searchPayables,
	searchProducts,
	searchReceivables,
	searchSales,
	searchServices,
} from './methods/listSearch';
import { getSaleCustomFields } from './methods/loadOptions';

/** resource → operation → implementation, as the router dispatches it. */
const resources = {
	contact: contact.operations,
	product: product.operations,
	service: service.operations,
	sale: sale.operations,
	receivable: receivable.operations,
	payable: payable.operations,
} satisfies ResourceMap;

export class EGestor implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'eGestor',
		name: 'eGestor',
		icon: { light: 'file:eGestor.svg', dark: 'file:eGestor.dark.svg' },
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		group: ['transform'],
		description:
			'Manage contacts, products, services, sales, receivables and payables in the eGestor ERP',
		defaults: { name: 'eGestor' },
		// 2: Simplify on Get, Get Contact and Get Many, on by default (1 outputs whole records).
		version: [1, 2],
		defaultVersion: 2,
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: eGestorCredentials,
		properties: [
			authenticationField,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Contact', value: 'contact', description: 'Customers, suppliers and carriers' },
					{ name: 'Payable', value: 'payable', description: 'Accounts payable (pagamentos)' },
					{ name: 'Product', value: 'product', description: 'Goods sold and kept in stock' },
					{
						name: 'Receivable',
						value: 'receivable',
						description: 'Accounts receivable (recebimentos)',
					},
					{
						name: 'Sale',
						value: 'sale',
						description: 'Sales (vendas); they cannot be edited, only created and deleted',
					},
					{ name: 'Service', value: 'service', description: 'Services sold' },
				],
				default: 'contact',
			} satisfies RoutedDropdown<keyof typeof resources>,
			...contact.description,
			...product.description,
			...service.description,
			...sale.description,
			...receivable.description,
			...payable.description,
			{
				displayName: 'Requests in Parallel',
				name: 'requestsInParallel',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_REQUESTS_IN_PARALLEL, numberPrecision: 0 },
				default: 1,
				description:
					'How many input items are sent to eGestor at once. Output stays in input order. eGestor allows 60 requests a minute, which one item at a time already reaches, so more at once only waits longer for the next minute. Every request still keeps to the 60 a minute, and a 429 (Too Many Requests) holds every item.',
			},
		],
	};

	methods = {
		loadOptions: { getSaleCustomFields },
		listSearch: {
			searchContacts,
			searchProducts,
			searchServices,
			searchSales,
			searchReceivables,
			searchPayables,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
