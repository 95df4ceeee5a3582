import type { IDataObject } from 'n8n-workflow';

import { hivestrApi, runHivestr, tokenExchange } from './hivestr-harness';

/** hivestr.txt's own answers, every field they show. */
const client = {
	id: 'c-1',
	name: 'João Silva',
	email: 'joao@empresa.com',
	phone: '(61) 99999-9999',
	company_name: 'Empresa XYZ Ltda',
	cnpj: '12.345.678/0001-99',
	cpf: null,
	address: 'Rua Exemplo, 123',
	city: 'Brasília',
	state: 'DF',
	zip_code: '70000-000',
	contact_person: 'João Silva',
	position: 'Diretor',
	notes: 'Cliente VIP',
	status: 'client',
	source: 'Website',
	created_at: '2024-01-01T00:00:00Z',
	updated_at: '2024-01-05T10:00:00Z',
};
const clientWithProposals = {
	...client,
	proposals: [{ id: 'p-1', proposal_number: 'P0123', title: 'Campanha Verão 2025' }],
	proposal_stats: { total: 5, approved: 2, pending: 2, rejected: 1 },
};
// No card answer is shown: a card holds what it is created with (POST /pipeline/deals), its id
// and, in the list, tasks_summary.
const card = {
	id: 'd-1',
	client_id: 'c-1',
	title: 'Follow-up campanha verão',
	pipeline_stage: 'Negociação',
	estimated_value: 500000,
	notes: 'Lead vindo do RD Station',
	user_id: 'uuid-vendedor',
	tasks_summary: { pending: 2, total: 3, overdue: 1, due_soon: 2, next_due_at: null },
};
const proposal = {
	id: 'p-1',
	proposal_number: 'PROP-0123-24',
	title: 'Campanha Verão 2024',
	description: 'Campanha de mídia exterior',
	status: 'approved',
	total_value: 500000,
	discount_percentage: 10,
	discount_value: 50000,
	final_value: 450000,
	campaign_start_date: '2024-01-15',
	campaign_end_date: '2024-01-29',
	bonus_days: 0,
	valid_until: '2024-01-10T23:59:59Z',
	notes: 'Observações internas',
	commercial_notes: 'Observações para cliente',
	created_at: '2024-01-05T10:00:00Z',
	updated_at: '2024-01-06T15:00:00Z',
	created_via: 'api',
	client: { id: 'c-1', name: 'João Silva', email: 'joao@empresa.com', company_name: 'Empresa XYZ' },
	proposal_items: [{ id: 'i-1', vehicle_id: 'v-1', quantity: 1, final_price: 250005 }],
};
const media = {
	id: 'v-1',
	name: 'Painel Digital Shopping',
	media_type: 'DOOH',
	city: 'Brasília',
	state: 'DF',
	address: 'SCS Quadra 1',
	bairro: 'Asa Sul',
	latitude: -15.7942,
	longitude: -47.8822,
	base_price: 500000,
	unit_price: 16667,
	audience: 50000,
	format: 'LED 3x2m',
	dimensions: '3x2',
	description: 'Painel no corredor principal',
	photo_url: 'https://example.test/p.jpg',
	is_active: true,
	is_occupied: false,
	screen_quantity: 2,
	environment: 'Shopping Center',
	insertions_per_day: 50,
	total_daily_insertions: 100,
	discounted_price: null,
	discount_percentage: 0,
	negotiation_margin_percentage: 15,
	created_at: '2024-01-01T00:00:00Z',
	updated_at: '2024-01-05T10:30:00Z',
	media_schedules: [{ id: 'sch-1', program_name: 'Jornal da Manhã' }],
};

const CLIENT_KEYS = [
	'id',
	'name',
	'email',
	'phone',
	'company_name',
	'cnpj',
	'cpf',
	'city',
	'state',
	'status',
];
const CARD_KEYS = [
	'id',
	'title',
	'pipeline_stage',
	'estimated_value',
	'client_id',
	'user_id',
	'tasks_summary',
];
const PROPOSAL_KEYS = [
	'id',
	'proposal_number',
	'title',
	'status',
	'final_value',
	'campaign_start_date',
	'campaign_end_date',
	'valid_until',
	'created_at',
	'client',
];
const INVENTORY_KEYS = [
	'id',
	'name',
	'media_type',
	'city',
	'state',
	'base_price',
	'unit_price',
	'audience',
	'is_active',
	'is_occupied',
];

const cases: Array<[string, string, IDataObject, string, string, IDataObject, string[]]> = [
	['client', 'clientId', clientWithProposals, '/clients', '/clients', client, CLIENT_KEYS],
	['deal', 'dealId', card, '/pipeline/deals', '/pipeline/deals', card, CARD_KEYS],
	['proposal', 'proposalId', proposal, '/proposals', '/proposals', proposal, PROPOSAL_KEYS],
	['inventory', 'inventoryId', media, '/inventory', '/inventory/list', media, INVENTORY_KEYS],
];

const list = (records: IDataObject[]) => ({
	success: true,
	data: records,
	pagination: { page: 1, limit: 50, total: records.length, total_pages: 1 },
});

/** Runs the node three times: Simplify on, off, and absent (a workflow saved before it existed). */
async function threeRuns(parameters: IDataObject) {
	const outputs: IDataObject[][] = [];
	for (const simplify of [true, false, undefined]) {
		tokenExchange();
		const result = await runHivestr(
			simplify === undefined ? parameters : { ...parameters, simplify },
		);
		expect(result.error).toBeUndefined();
		outputs.push(result.output('Hivestr'));
	}
	return outputs;
}

describe('Hivestr › Simplify', () => {
	it.each(cases)(
		'%s Get: on keeps exactly the listed fields, off (the default) the whole record',
		async (resource, field, record, path, _listPath, _row, keys) => {
			const api = hivestrApi()
				.get(`/api/v1/public${path}/x-1`)
				.times(3)
				.reply(200, { success: true, data: record });
			const [on, off, saved] = await threeRuns({ resource, operation: 'get', [field]: 'x-1' });
			expect(api.isDone()).toBe(true);
			expect(Object.keys(on[0])).toEqual(keys);
			expect(on).toEqual([Object.fromEntries(keys.map((key) => [key, record[key]]))]);
			expect(off).toEqual([record]);
			expect(saved).toEqual([record]);
		},
	);

	it.each(cases)(
		'%s Get Many: on keeps exactly the listed fields of each record, off the whole records',
		async (resource, _field, _record, _path, listPath, row, keys) => {
			const second = { ...row, id: 'x-2' };
			const api = hivestrApi()
				.get(`/api/v1/public${listPath}`)
				.query({ page: '1', limit: '50' })
				.times(3)
				.reply(200, list([row, second]));
			const [on, off, saved] = await threeRuns({ resource, operation: 'getAll', limit: 50 });
			expect(api.isDone()).toBe(true);
			expect(on.map((item) => Object.keys(item))).toEqual([keys, keys]);
			expect(on.map((item) => item.id)).toEqual([row.id, 'x-2']);
			expect(off).toEqual([row, second]);
			expect(saved).toEqual([row, second]);
		},
	);
});
