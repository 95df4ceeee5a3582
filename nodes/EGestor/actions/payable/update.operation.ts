import { financialUpdate } from '../financial';
import { payable } from './info';

export const { description, execute } = financialUpdate(payable, [
	'codFormaPgto',
	'numDoc',
	'descricao',
	'valor',
	'dtVenc',
	'codContato',
	'obs',
	'tags',
]);
