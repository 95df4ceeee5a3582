import { settleTests } from '../settle-tests';

describe('eGestor › Payable › Pay', () => {
	settleTests('payable', 'pay', 'payableId', '/pagamentos', 'Pagamento efetuado com sucesso.');
});
