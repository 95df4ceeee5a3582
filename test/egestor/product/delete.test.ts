import { deleteTests } from '../shared-tests';

describe('eGestor › Product › Delete', () => {
	deleteTests({
		resource: 'product',
		idName: 'productId',
		path: '/produtos',
		message: 'Produto com código 317 excluído com sucesso.',
	});
});
