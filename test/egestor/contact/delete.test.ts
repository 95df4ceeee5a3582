import { deleteTests } from '../shared-tests';

describe('eGestor › Contact › Delete', () => {
	deleteTests('contact', 'contactId', '/contatos', 'Contato com código 317 excluído com sucesso!');
});
