import { serviceUpdateBody } from '../../../sandbox/contracts/egestor';
import { updateTests } from '../update-tests';

/** Serviços › Detalhar (Read), the document's 200 example. */
const read = {
	descricao: 'Manuteção agendada',
	precoVenda: 10,
	codigoGrupoTributos: 0,
	dtCad: '2017-04-24 11:44:35',
	tags: [],
	itemListaServico: '',
};

describe('eGestor › Service › Update', () => {
	updateTests({
		resource: 'service',
		idName: 'serviceId',
		path: '/servicos',
		read,
		whole: read,
		updateFields: {
			itemListaServico: '14.01',
			descricao: 'Manutenção',
			precoVenda: '={{ "25.5" }}',
		},
		changes: { itemListaServico: '14.01', descricao: 'Manutenção', precoVenda: 25.5 },
		clear: { field: 'itemListaServico', empty: '' },
		contract: serviceUpdateBody,
		// Serviços › Editar (Update): the document's 200 body.
		answer: { codigo: 434, descricao: 'Manutenção' },
	});
});
