import fixture from '../fixtures/vendor-docs/sonar.json';
import {
	archivedDeal,
	dealCreateBody,
	dealListQuery,
	listEnvelope,
} from '../../sandbox/contracts/sonar';
import { bodiesSeen, sonarApi, sonarHarness, sonarNode } from '../sonar/sonar-harness';
import { describeReplays } from './vendor-document';

/**
 * Every request and response example of Sonar Marketing's document, replayed
 * through the operation that calls that endpoint. The examples are data
 * (test/fixtures/vendor-docs/sonar.json), each with its source lines.
 */

interface Example {
	id: string;
	kind: 'request' | 'response';
	lines: number[];
	verbatim: string;
	method: string;
	path: string;
	query?: Record<string, string>;
	status?: number | null;
	body?: any;
}

const examples = fixture.examples as Example[];

async function run(parameters: Record<string, unknown>) {
	return await sonarHarness().runChain(
		[{}],
		[sonarNode('Sonar', { resource: 'deal', ...parameters })],
	);
}

/** How each example is replayed: the operation that calls its endpoint, with a user's inputs. */
const replays: Record<string, (example: Example) => Promise<void>> = {
	// GET /v1/deals?status=ativo&min_value=5000: Get Many with those two filters.
	'sonar.deal.list.request': async (example) => {
		const queries: unknown[] = [];
		const api = sonarApi()
			.get('/api/v1/deals')
			.query((query) => queries.push(query) > 0)
			.reply(200, {
				success: true,
				data: [],
				pagination: { page: 1, limit: 20, total: 0, pages: 0 },
			});

		const result = await run({
			operation: 'getAll',
			returnAll: false,
			limit: 20,
			filters: { status: 'ativo', min_value: 5000 },
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		// The documented query, plus the page the node reads.
		expect(queries).toEqual([{ ...example.query, page: '1', limit: '20' }]);
		expect(() => dealListQuery.parse(queries[0])).not.toThrow();
	},
	// The documented page, answered to Get Many: its deal, as documented, one item.
	'sonar.deal.list.response': async (example) => {
		expect(() => listEnvelope.parse(example.body)).not.toThrow();
		const api = sonarApi()
			.get('/api/v1/deals')
			.query({ page: '1', limit: '1' })
			.reply(example.status ?? 200, example.body);

		const result = await run({ operation: 'getAll', returnAll: false, limit: 1 });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Sonar')).toEqual(example.body.data);
	},
	// POST /v1/deals with the documented body: Create with the same values typed in.
	'sonar.deal.create.request': async (example) => {
		const seen = bodiesSeen();
		// "Response (201)": the body is described, not shown.
		const api = sonarApi()
			.post('/api/v1/deals', seen.match)
			.reply(201, { success: true, data: { id: 'd-1', ...example.body } });

		const result = await run({
			operation: 'create',
			title: 'Gestão de Redes Sociais - TechStore',
			additionalFields: {
				value: 8000,
				priority: 'alta',
				probability: 70,
				client_id: 'cli-uuid',
				source: 'indicacao',
			},
		});

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(seen.bodies).toEqual([example.body]);
		expect(() => dealCreateBody.parse(seen.bodies[0])).not.toThrow();
	},
	// DELETE /v1/deals/:id's documented answer, to Archive: the archived deal as documented.
	'sonar.deal.archive.response': async (example) => {
		expect(() => archivedDeal.parse(example.body.data)).not.toThrow();
		const api = sonarApi()
			.delete(`/api/v1${example.path}`)
			.reply(example.status ?? 200, example.body);

		const result = await run({ operation: 'archive', dealId: example.body.data.id });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Sonar')).toEqual([example.body.data]);
	},
};

describeReplays({
	vendor: 'Sonar Marketing',
	documentName: 'the document',
	fileName: 'sonar-deals.txt',
	examples,
	replays,
	isVerbatim: (lines, example) => lines.includes(example.verbatim),
});
