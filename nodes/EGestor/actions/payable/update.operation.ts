import { updateOperation } from '../financial';
import { payable } from './info';

export const { description, execute } = updateOperation(payable, [
	'codFormaPgto',
	'numDoc',
	'descricao',
	'valor',
	'dtVenc',
	'codContato',
	'obs',
	'tags',
]);
