import { settleTests } from '../settle-tests';

describe('eGestor › Payable › Pay', () => {
	settleTests({
		resource: 'payable',
		operation: 'pay',
		idName: 'payableId',
		path: '/pagamentos',
		message: 'Pagamento efetuado com sucesso.',
	});
});
