import { deleteTests } from '../shared-tests';

describe('eGestor › Receivable › Delete', () => {
	deleteTests(
		'receivable',
		'receivableId',
		'/recebimentos',
		'Recebimento com código 317 excluído com sucesso!',
	);
});
