import { getManyTests } from '../shared-tests';

describe('eGestor › Receivable › Get Many', () => {
	getManyTests('receivable', '/recebimentos');
});
