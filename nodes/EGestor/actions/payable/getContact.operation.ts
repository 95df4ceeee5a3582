import { getOperation } from '../common';
import { payable } from './info';

export const { description, execute } = getOperation(
	payable,
	'getContact',
	'/contato',
	'whose contact to retrieve',
);
