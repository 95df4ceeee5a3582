import { deleteTests } from '../shared-tests';

describe('eGestor › Service › Delete', () => {
	deleteTests('service', 'serviceId', '/servicos', 'Serviço com código 317 excluído com sucesso.');
});
