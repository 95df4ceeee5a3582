import { contactCreateBody } from '../../../sandbox/contracts/egestor';
import { bodiesSeen, eGestorApi, runNode } from '../egestor-harness';

const created = { codigo: 1, nome: 'Kaya Labadie' };

const create = (parameters: Record<string, unknown>) =>
	runNode({ resource: 'contact', operation: 'create', ...parameters });

describe('eGestor › Contact › Create', () => {
	it('sends every documented field under its API name and outputs the created contact', async () => {
		const seen = bodiesSeen();
		const api = eGestorApi().post('/api/v1/contatos', seen.match).reply(200, created);

		const result = await create({
			nome: 'Kaya Labadie',
			tipo: ['cliente', 'transportadora'],
			additionalFields: {
				fantasia: 'Kaya Store',
				nomeParaContato: 'Elfrieda Labadie',
				cpfcnpj: '83294489654',
				dtNasc: '1992-02-13T00:00:00',
				emails: 'exemplo@example.com.br, outro@example.com.br',
				fones: '(11) 99999-0000',
				cep: '04320-040',
				logradouro: 'Rua Exemplo lado ímpar',
				numero: '999',
				complemento: 'Sala 2',
				bairro: 'Centro',
				cidade: 'São Paulo',
				codIBGE: '355030',
				uf: 'SP',
				pais: 'Brasil',
				clienteFinal: false,
				indicadorIE: 1,
				inscricaoMunicipal: '123',
				inscricaoEstadual: '456',
				inscricaoEstadualST: '789',
				suframa: '000',
				obs: 'Cliente antigo',
				tags: 'vip, atacado',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(contactCreateBody.parse(seen.bodies[0])).toEqual({
			nome: 'Kaya Labadie',
			tipo: ['cliente', 'transportadora'],
			fantasia: 'Kaya Store',
			nomeParaContato: 'Elfrieda Labadie',
			cpfcnpj: '83294489654',
			dtNasc: '1992-02-13',
			emails: ['exemplo@example.com.br', 'outro@example.com.br'],
			fones: ['(11) 99999-0000'],
			cep: 4320040,
			logradouro: 'Rua Exemplo lado ímpar',
			numero: '999',
			complemento: 'Sala 2',
			bairro: 'Centro',
			cidade: 'São Paulo',
			codIBGE: '355030',
			uf: 'SP',
			pais: 'Brasil',
			clienteFinal: false,
			indicadorIE: 1,
			inscricaoMunicipal: '123',
			inscricaoEstadual: '456',
			inscricaoEstadualST: '789',
			suframa: '000',
			obs: 'Cliente antigo',
			tags: ['vip', 'atacado'],
		});
		expect(result.output('eGestor')).toEqual([created]);
	});

	it('sends only name and type when nothing else is set; type may come from an expression', async () => {
		const seen = bodiesSeen();
		eGestorApi().post('/api/v1/contatos', seen.match).reply(200, created);

		const result = await create({ nome: '  Kaya  ', tipo: '={{ ["fornecedor"] }}' });

		expect(result.error).toBeUndefined();
		expect(contactCreateBody.parse(seen.bodies[0])).toEqual({
			nome: 'Kaya',
			tipo: ['fornecedor'],
		});
	});

	it.each([
		[{ nome: '={{ "" }}', tipo: ['cliente'] }, '"Name" is required'],
		[{ nome: 'X', tipo: '={{ [] }}' }, '"Type" needs at least one value'],
		[
			{ nome: 'X', tipo: ['cliente'], additionalFields: { dtNasc: '13/02/1992' } },
			'"Birth Date" must be a date as YYYY-MM-DD',
		],
		[
			{ nome: 'X', tipo: ['cliente'], additionalFields: { indicadorIE: '={{ 3 }}' } },
			'"State Registration Indicator" must be 1, 2 or 9',
		],
		[
			{ nome: 'X', tipo: ['cliente'], additionalFields: { cep: 'abc' } },
			'"ZIP Code (CEP)" must be a number from 0',
		],
	])('refuses bad input %j before sending anything', async (parameters, message) => {
		const api = eGestorApi().post('/api/v1/contatos').reply(200, created);

		const result = await create(parameters);

		expect(result.error?.message).toBe(message);
		expect(result.error?.context.itemIndex).toBe(0);
		expect(api.isDone()).toBe(false);
	});
});
