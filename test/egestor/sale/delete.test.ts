import { deleteTests } from '../shared-tests';

describe('eGestor › Sale › Delete', () => {
	deleteTests({
		resource: 'sale',
		idName: 'saleId',
		path: '/vendas',
		message: 'Venda com código 317 excluída com sucesso!',
	});
});
