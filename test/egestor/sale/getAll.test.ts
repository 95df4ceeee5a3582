import { getManyTests } from '../shared-tests';

describe('eGestor › Sale › Get Many', () => {
	getManyTests('sale', '/vendas');
});
