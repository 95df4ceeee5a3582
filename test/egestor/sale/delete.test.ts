import { deleteTests } from '../shared-tests';

describe('eGestor › Sale › Delete', () => {
	deleteTests('sale', 'saleId', '/vendas', 'Venda com código 317 excluída com sucesso!');
});
