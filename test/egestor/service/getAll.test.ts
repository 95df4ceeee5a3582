import { getManyTests } from '../shared-tests';

describe('eGestor › Service › Get Many', () => {
	getManyTests('service', '/servicos');
});
