import type { INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields, returnAllAndLimit } from '../../nodes/shared/descriptions';

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
