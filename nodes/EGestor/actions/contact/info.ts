import type { ResourceInfo } from '../common';

export const contact: ResourceInfo = {
	resource: 'contact',
	path: '/contatos',
	noun: 'contact',
	idName: 'contactId',
};
