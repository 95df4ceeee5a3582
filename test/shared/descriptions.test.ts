import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	forOperation,
	optionalFields,
	pageLimitOf,
	returnAllAndLimit,
} from '../../nodes/shared/descriptions';

describe('descriptions', () => {
	it('Limit shows only while Return All is off and cannot go below 1', () => {
		const [returnAll, limit] = returnAllAndLimit();
		expect(returnAll).toMatchObject({ name: 'returnAll', type: 'boolean', default: false });
		expect(limit).toMatchObject({
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			displayOptions: { show: { returnAll: [false] } },
		});
	});

	it('forOperation keeps a property’s own conditions next to the resource and operation', () => {
		const [limit] = forOperation('thing', 'getAll', [returnAllAndLimit()[1]]);
		expect(limit.displayOptions).toEqual({
			show: { returnAll: [false], resource: ['thing'], operation: ['getAll'] },
		});
	});

	it('optionalFields lists its options alphabetically, leaving the input untouched', () => {
		const field = (displayName: string): INodeProperties => ({
			displayName,
			name: displayName.toLowerCase(),
			type: 'string',
			default: '',
		});
		const options = [field('Source'), field('Client ID'), field('Phase')];
		const collection = optionalFields('filters', 'Filters', options);
		expect((collection.options as INodeProperties[]).map((option) => option.displayName)).toEqual([
			'Client ID',
			'Phase',
			'Source',
		]);
		expect(options.map((option) => option.displayName)).toEqual(['Source', 'Client ID', 'Phase']);
		expect(collection).toMatchObject({ name: 'filters', type: 'collection', default: {} });
	});
});

describe('pageLimitOf', () => {
	const contextWith = (parameters: Record<string, unknown>) =>
		({
			getNode: () => ({ name: 'Sonar Marketing', type: 'n8n-nodes-br-sales.sonarMarketingTool' }),
			getNodeParameter: (name: string, _itemIndex: number, fallback: unknown) =>
				name in parameters ? parameters[name] : fallback,
		}) as unknown as IExecuteFunctions;

	it.each([
		[
			{ returnAll: false, limit: 50 },
			{ returnAll: false, limit: 50 },
		],
		[
			{ returnAll: false, limit: '7' },
			{ returnAll: false, limit: 7 },
		],
		[
			{ returnAll: true, limit: 0 },
			{ returnAll: true, limit: 0 },
		],
		[{}, { returnAll: false, limit: 50 }],
	])('%j reads as %j', (parameters, expected) => {
		expect(pageLimitOf(contextWith(parameters), 0)).toEqual(expected);
	});

	it.each([0, -1, 1.5, '', 'ten', null])(
		'Limit %j is a NodeOperationError on its item',
		(limit) => {
			let thrown: unknown;
			try {
				pageLimitOf(contextWith({ returnAll: false, limit }), 3);
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toBeInstanceOf(NodeOperationError);
			const error = thrown as NodeOperationError;
			expect(error.message).toBe('"Limit" must be a whole number of 1 or more');
			expect(error.description).toBe(
				`Got ${JSON.stringify(limit)} on item 3. Set Limit to how many records to return, or turn on Return All.`,
			);
			expect(error.context.itemIndex).toBe(3);
		},
	);
});
