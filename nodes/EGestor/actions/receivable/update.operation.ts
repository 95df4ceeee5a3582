import { updateOperation } from '../financial';
import { receivable } from './info';

export const { description, execute } = updateOperation(receivable, [
	'codPlanoContas',
	'codFormaPgto',
	'numDoc',
	'descricao',
	'valor',
	'dtVenc',
	'dtPgto',
	'dtCad',
	'codContato',
	'obs',
	'tags',
]);
