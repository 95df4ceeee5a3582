import { getManyTests } from '../shared-tests';

describe('eGestor › Payable › Get Many', () => {
	getManyTests('payable', '/pagamentos');
});
