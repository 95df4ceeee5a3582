import { payableUpdateBody } from '../../../sandbox/contracts/egestor';
import { updateTests } from '../update-tests';

/** Pagamentos › Detalhar, the document's 200 example. */
const read = {
	codigo: 1,
	codPlanoContas: 11,
	codFormaPgto: 1,
	numDoc: '',
	descricao: 'Descricao do pagamento',
	valor: 100,
	dtVenc: '2017-04-24',
	dtPgto: '2017-04-24',
	dtCad: '2017-04-24 11:35:17',
	situacao: 40,
	codContato: 1,
	origem: 'vendas',
	obs: '',
	tags: [],
};

describe('eGestor › Payable › Update', () => {
	updateTests({
		resource: 'payable',
		idName: 'payableId',
		path: '/pagamentos',
		read,
		// Pagamentos › Editar: the request example's fields only.
		whole: {
			codFormaPgto: 1,
			numDoc: '',
			descricao: 'Descricao do pagamento',
			valor: 100,
			dtVenc: '2017-04-24',
			codContato: 1,
			obs: '',
			tags: [],
		},
		updateFields: {
			obs: 'x',
			codFormaPgto: 1,
			valor: 200,
			dtVenc: '2017-04-24',
			codContato: '={{ "1" }}',
			tags: 'tag1, tag2',
		},
		changes: {
			obs: 'x',
			codFormaPgto: 1,
			valor: 200,
			dtVenc: '2017-04-24',
			codContato: 1,
			tags: ['tag1', 'tag2'],
		},
		clear: { field: 'obs', empty: '' },
		contract: payableUpdateBody,
		// Pagamentos › Editar: the document's 200 body.
		answer: read,
	});
});
