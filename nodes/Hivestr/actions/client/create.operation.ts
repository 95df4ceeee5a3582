import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import type { CheckedProperty } from '../../../shared/validate';
import { checkedCollection, propertiesOf, requiredTextOf } from '../../../shared/validate';
import { hivestrBody } from '../../transport';
import { clientFields } from './fields';

const createFields: CheckedProperty[] = [
	...clientFields,
	{
		property: {
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: '',
			placeholder: 'e.g. Website',
			description: 'Where the client came from (Hivestr default: API)',
		},
	},
];

const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Maria Souza',
	description: 'Name of the client',
};

export const description: INodeProperties[] = forOperation('client', 'create', [
	nameField,
	optionalFields('additionalFields', 'Additional Fields', propertiesOf(createFields)),
]);

/**
 * Creates the client. Hivestr also creates a pipeline card in Prospecção; it is kept in the
 * output as `pipeline_deal`, so a next node can update it with `{{ $json.pipeline_deal.id }}`.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = requiredTextOf(this, nameField, itemIndex);
	const body = {
		name,
		...checkedCollection(this, itemIndex, { name: 'additionalFields', fields: createFields }),
	};
	const response = await hivestrBody(this, itemIndex, {
		method: 'POST',
		path: '/public/clients',
		body,
	});
	const data = (response.data ?? {}) as IDataObject;
	return response.pipeline_deal === undefined
		? data
		: { ...data, pipeline_deal: response.pipeline_deal };
}
