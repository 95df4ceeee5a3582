import { getManyTests } from '../shared-tests';

describe('eGestor › Product › Get Many', () => {
	getManyTests('product', '/produtos');
});
