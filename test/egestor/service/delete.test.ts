import { deleteTests } from '../shared-tests';

describe('eGestor › Service › Delete', () => {
	deleteTests({
		resource: 'service',
		idName: 'serviceId',
		path: '/servicos',
		message: 'Serviço com código 317 excluído com sucesso.',
	});
});
