import type { ResourceInfo } from '../common';

export const service: ResourceInfo = {
	resource: 'service',
	path: '/servicos',
	noun: 'service',
	idName: 'serviceId',
};
