import type { INodeProperties } from 'n8n-workflow';

import { operationSelector } from '../../../shared/descriptions';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'inventory',
		[
			{
				name: 'Get',
				value: 'get',
				description: 'Get one media vehicle, with TV/radio programming (media_schedules)',
				action: 'Get an inventory item',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List media vehicles (OOH, DOOH, TV, radio) by type, city, state or status',
				action: 'Get many inventory items',
			},
		],
		'getAll',
	),
	...getAll.description,
	...get.description,
];
