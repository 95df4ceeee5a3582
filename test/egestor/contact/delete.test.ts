import { deleteTests } from '../shared-tests';

describe('eGestor › Contact › Delete', () => {
	deleteTests({
		resource: 'contact',
		idName: 'contactId',
		path: '/contatos',
		message: 'Contato com código 317 excluído com sucesso!',
	});
});
