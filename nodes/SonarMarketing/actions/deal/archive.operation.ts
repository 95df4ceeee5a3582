import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation } from '../../../shared/descriptions';
import { locatorId } from '../../../shared/locators';
import { pathOf } from '../../../shared/request';
import { sonarRequest } from '../../transport';
import { dealModes } from './fields';

export const description: INodeProperties[] = forOperation('deal', 'archive', [
	{
		displayName: 'Deal',
		name: 'dealId',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The deal to archive, from the list or by its UUID; Sonar sets its status to arquivado and keeps it',
		...dealModes,
	},
]);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const dealId = locatorId(this, 'dealId', 'Deal', itemIndex);
	return await sonarRequest(this, itemIndex, { method: 'DELETE', path: pathOf`/deals/${dealId}` });
}
