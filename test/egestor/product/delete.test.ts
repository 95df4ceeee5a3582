import { deleteTests } from '../shared-tests';

describe('eGestor › Product › Delete', () => {
	deleteTests('product', 'productId', '/produtos', 'Produto com código 317 excluído com sucesso.');
});
