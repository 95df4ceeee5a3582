import { financialUpdate } from '../financial';
import { receivable } from './info';

export const { description, execute } = financialUpdate(receivable, [
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
