import type { ResourceInfo } from '../common';

export const sale: ResourceInfo = {
	resource: 'sale',
	path: '/vendas',
	noun: 'sale',
	idName: 'saleId',
};
