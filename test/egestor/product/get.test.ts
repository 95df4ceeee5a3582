import { getTests } from '../shared-tests';

const record = {
	codigo: '12',
	descricao: 'Novo item',
	precoVenda: 10,
	tags: [],
	dtCad: '2017-05-24 17:32:18',
};

describe('eGestor › Product › Get', () => {
	getTests('product', 'productId', '/produtos', record);
});
