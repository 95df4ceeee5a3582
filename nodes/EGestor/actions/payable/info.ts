import type { ResourceInfo } from '../common';

export const payable: ResourceInfo = {
	resource: 'payable',
	path: '/pagamentos',
	noun: 'payable',
	idName: 'payableId',
};
