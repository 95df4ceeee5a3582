import { contactUpdateBody } from '../../../sandbox/contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';
import { updateTests } from '../update-tests';

/** Contatos › Detalhar (Read), the document's 200 example. */
const read = {
	codigo: '1',
	tipo: ['cliente', 'fornecedor', 'transportadora'],
	nome: 'Nome do novo contato',
	fantasia: '',
	nomeContato: 'Elfrieda',
	cpfcnpj: '',
	clienteFinal: true,
	indicadorIE: 9,
	inscricaoEstadual: '',
	inscricaoEstadualST: '',
	inscricaoMunicipal: '',
	suframa: '',
	emails: [],
	logradouro: '',
	numero: '',
	complemento: '',
	bairro: '',
	cidade: '',
	codIBGE: '',
	uf: '',
	cep: '04320-040',
	pais: '',
	fones: [],
	tags: [],
	obs: '',
	dtNasc: '1990-05-12',
	dtCad: '2017-01-15 11:20:15',
};

/** The same record in the PUT's names and types (Contatos › Editar example). */
const whole = {
	nome: 'Nome do novo contato',
	fantasia: '',
	nomeParaContato: 'Elfrieda',
	cpfcnpj: '',
	tipo: ['cliente', 'fornecedor', 'transportadora'],
	dtNasc: '1990-05-12',
	emails: [],
	fones: [],
	cep: 4320040,
	logradouro: '',
	numero: '',
	complemento: '',
	bairro: '',
	cidade: '',
	codIBGE: '',
	uf: '',
	pais: '',
	clienteFinal: true,
	indicadorIE: 9,
	inscricaoMunicipal: '',
	inscricaoEstadual: '',
	inscricaoEstadualST: '',
	suframa: '',
	obs: '',
	tags: [],
};

describe('eGestor › Contact › Update', () => {
	updateTests({
		resource: 'contact',
		idName: 'contactId',
		path: '/contatos',
		read,
		whole,
		updateFields: {
			fantasia: 'Exemplo',
			nome: 'Exemplo Company LTDA',
			tipo: ['cliente'],
			indicadorIE: 2,
			emails: 'a@example.com.br',
			dtNasc: '1992-02-13',
			tags: '',
		},
		changes: {
			fantasia: 'Exemplo',
			nome: 'Exemplo Company LTDA',
			tipo: ['cliente'],
			indicadorIE: 2,
			emails: ['a@example.com.br'],
			dtNasc: '1992-02-13',
		},
		clear: { field: 'fantasia', empty: '' },
		contract: contactUpdateBody,
		answer: { ...read, nome: 'Exemplo Company LTDA' },
	});

	it.each([
		['nome', 'Name'],
		['fantasia', 'Trade Name'],
		['nomeParaContato', 'Contact Person'],
	])(
		'refuses %s over 60 characters (documented limit) before sending anything',
		async (field, label) => {
			const api = eGestorApi().get(/.*/).reply(200, read).put(/.*/).reply(200, read);

			const result = await runNode({
				resource: 'contact',
				operation: 'update',
				contactId: '1',
				updateFields: { [field]: 'x'.repeat(61) },
			});

			expect(result.error?.message).toBe(`"${label}" can have at most 60 characters`);
			expect(api.isDone()).toBe(false);
		},
	);

	it('takes 60 characters, counted as characters (accents included)', async () => {
		const seen = bodiesSeen();
		eGestorApi().put('/api/v1/contatos/1', seen.match).reply(200, read);
		const nome = 'é'.repeat(60);

		const result = await runNode({
			resource: 'contact',
			operation: 'update',
			contactId: '1',
			updateMode: 'changedOnly',
			updateFields: { nome },
		});

		expect(result.error).toBeUndefined();
		expect(seen.bodies).toEqual([{ nome }]);
	});
});
