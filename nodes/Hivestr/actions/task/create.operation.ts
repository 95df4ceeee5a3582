import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../../shared/descriptions';
import { pathOf } from '../../../shared/request';
import { checkedCollection, propertiesOf, requiredTextOf } from '../../../shared/validate';
import { hivestrRequest } from '../../transport';
import { cardIdOf } from '../deal/fields';
import { allTaskFields, cardIdField, taskFields } from './fields';

const titleField: INodeProperties = {
	displayName: 'Title',
	name: 'title',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Call the client',
	description: 'What has to be done',
};

export const description: INodeProperties[] = forOperation('task', 'create', [
	cardIdField,
	titleField,
	optionalFields('additionalFields', 'Additional Fields', propertiesOf(taskFields)),
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = cardIdOf(this, itemIndex);
	const title = requiredTextOf(this, titleField, itemIndex);
	const fields = checkedCollection(this, itemIndex, {
		name: 'additionalFields',
		fields: allTaskFields,
	});
	return await hivestrRequest(this, itemIndex, {
		method: 'POST',
		path: pathOf`/public/pipeline/deals/${dealId}/tasks`,
		body: { title, ...fields },
	});
}
