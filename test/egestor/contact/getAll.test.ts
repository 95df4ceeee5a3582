import { getManyTests } from '../shared-tests';

describe('eGestor › Contact › Get Many', () => {
	getManyTests('contact', '/contatos');
});
