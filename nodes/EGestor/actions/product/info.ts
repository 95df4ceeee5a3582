import type { ResourceInfo } from '../common';

export const product: ResourceInfo = {
	resource: 'product',
	path: '/produtos',
	noun: 'product',
	idName: 'productId',
};
