import { deleteTests } from '../shared-tests';

describe('eGestor › Receivable › Delete', () => {
	deleteTests({
		resource: 'receivable',
		idName: 'receivableId',
		path: '/recebimentos',
		message: 'Recebimento com código 317 excluído com sucesso!',
	});
});
