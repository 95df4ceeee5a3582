import { getTests } from '../shared-tests';

const contact = { codigo: 324, nome: 'Kaya Labadie', tipo: ['cliente'], uf: 'SP' };

describe('eGestor › Sale › Get Contact', () => {
	getTests('sale', 'saleId', '/vendas', contact, { operation: 'getContact', suffix: '/contato' });
});
