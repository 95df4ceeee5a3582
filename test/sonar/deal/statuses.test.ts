import type { INodeProperties } from 'n8n-workflow';

import { SonarMarketing } from '../../../nodes/SonarMarketing/SonarMarketing.node';
import { documentedStatuses } from '../../../sandbox/contracts/sonar';

// n8n's linter title-cases option names: the mark reads "(Not in Sonar Marketing's API Docs)".
const MARK = "(Not in Sonar Marketing's API Docs)";

/** The Status field of an operation's collection (Get Many's Filters, Update's Update Fields). */
function statusField(operation: string, collection: string): INodeProperties {
	const properties = new SonarMarketing().description.properties;
	const parent = properties.find(
		(property) =>
			property.name === collection && property.displayOptions?.show?.operation?.[0] === operation,
	);
	const field = (parent?.options as INodeProperties[] | undefined)?.find(
		(option) => option.name === 'status',
	);
	if (field === undefined) throw new Error(`no Status under ${operation} › ${collection}`);
	return field;
}

// ganho and perdido came from Ecosys Auto's quickstart, not Sonar's document.
describe.each([
	['getAll', 'filters'],
	['update', 'updateFields'],
])('Sonar Marketing › Deal › %s › Status', (operation, collection) => {
	const options = statusField(operation, collection).options as Array<{
		name: string;
		value: string;
	}>;

	it("marks every status Sonar's document does not list, and only those", () => {
		for (const option of options) {
			const documented = (documentedStatuses as readonly string[]).includes(option.value);
			expect([option.value, option.name.endsWith(MARK)]).toEqual([option.value, !documented]);
		}
		expect(options.map((option) => option.value)).toEqual(
			expect.arrayContaining(['ativo', 'arquivado']),
		);
	});

	it('names each status in English with the vendor value beside it', () => {
		expect(options.map(({ name, value }) => [value, name])).toEqual([
			['ativo', 'Active (Ativo)'],
			['arquivado', 'Archived (Arquivado)'],
			['perdido', `Lost (Perdido) ${MARK}`],
			['ganho', `Won (Ganho) ${MARK}`],
		]);
	});
});
