import { getOperation } from '../common';
import { contact } from '../contact/info';
import { sale } from './info';

export const { description, execute } = getOperation(
	sale,
	'getContact',
	'/contato',
	contact.simpleFields,
);
