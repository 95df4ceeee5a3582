import { getOperation } from '../common';
import { sale } from './info';

export const { description, execute } = getOperation(
	sale,
	'getContact',
	'/contato',
	'whose contact (customer) to retrieve',
);
