import { getOperation } from '../common';
import { contact } from '../contact/info';
import { payable } from './info';

export const { description, execute } = getOperation(
	payable,
	'getContact',
	'/contato',
	contact.simpleFields,
);
