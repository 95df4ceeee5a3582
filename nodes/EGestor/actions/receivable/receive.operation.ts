import { settleOperation } from '../financial';
import { receivable } from './info';

export const { description, execute } = settleOperation(
	receivable,
	'receive',
	'receber',
	'received',
);
