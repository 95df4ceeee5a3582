import { deleteTests } from '../shared-tests';

describe('eGestor › Payable › Delete', () => {
	deleteTests({
		resource: 'payable',
		idName: 'payableId',
		path: '/pagamentos',
		message: 'Pagamento com código 317 excluído com sucesso!',
	});
});
