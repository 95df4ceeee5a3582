import type { ResourceInfo } from '../common';

export const receivable: ResourceInfo = {
	resource: 'receivable',
	path: '/recebimentos',
	noun: 'receivable',
	idName: 'receivableId',
};
