import { deleteTests } from '../shared-tests';

describe('eGestor › Payable › Delete', () => {
	deleteTests(
		'payable',
		'payableId',
		'/pagamentos',
		'Pagamento com código 317 excluído com sucesso!',
	);
});
