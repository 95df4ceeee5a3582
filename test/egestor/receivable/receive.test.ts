import { settleTests } from '../settle-tests';

describe('eGestor › Receivable › Receive', () => {
	settleTests(
		'receivable',
		'receive',
		'receivableId',
		'/recebimentos',
		'Recebimento efetuado com sucesso.',
	);
});
