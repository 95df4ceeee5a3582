import { settleTests } from '../settle-tests';

describe('eGestor › Receivable › Receive', () => {
	settleTests({
		resource: 'receivable',
		operation: 'receive',
		idName: 'receivableId',
		path: '/recebimentos',
		message: 'Recebimento efetuado com sucesso.',
	});
});
