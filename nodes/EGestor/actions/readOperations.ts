import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../shared/descriptions';
import type { Operation } from '../../shared/types';
import { simplified, simplifyField } from '../simplify';
import { eGestorList, eGestorRequest } from '../transport';
import type { ResourceInfo } from './resources';
import { codeOf, contact, recordPath } from './resources';

/** Get Many: `GET <path>?filtro&page`, 50 a page, Return All / Limit. */
export function getManyOperation({ resource }: { resource: ResourceInfo }): Operation {
	return {
		description: forOperation(resource.resource, 'getAll', [
			...returnAllAndLimit(),
			{
				displayName: 'Filter',
				name: 'filter',
				type: 'string',
				default: '',
				description:
					"Text eGestor filters the records by (API parameter filtro); which fields it matches is not in eGestor's API docs. Leave empty for all.",
			},
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
			const filter = String(this.getNodeParameter('filter', itemIndex, '') ?? '').trim();
			const records = await eGestorList(
				this,
				itemIndex,
				{ method: 'GET', path: resource.path, qs: filter === '' ? {} : { filtro: filter } },
				pageLimitOf(this, itemIndex),
			);
			return simplified(this, itemIndex, records, resource.simpleFields);
		},
	};
}

interface GetOptions {
	resource: ResourceInfo;
	/** The operation's value: "get", or "getContact" for the record's contact. */
	operation?: string;
	/** Appended to the record's path, e.g. "/contato" for its contact. */
	pathSuffix?: string;
	/** The fields Simplify keeps of what it reads; the resource's own by default. */
	simpleFields?: readonly string[];
}

/** Get: `GET <path>/<code>`; Get Contact reads `<path>/<code>/contato`, a contact. */
export function getOperation({
	resource,
	operation = 'get',
	pathSuffix = '',
	simpleFields = resource.simpleFields,
}: GetOptions): Operation {
	return {
		description: forOperation(resource.resource, operation, [resource.locator, simplifyField]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, resource, itemIndex);
			const record = await eGestorRequest(this, itemIndex, {
				method: 'GET',
				path: recordPath(resource, code, pathSuffix),
			});
			return simplified(this, itemIndex, record, simpleFields);
		},
	};
}

/** Get Contact: `GET <path>/<code>/contato`, the contact of a sale or payable. */
export function getContactOperation({ resource }: { resource: ResourceInfo }): Operation {
	return getOperation({
		resource,
		operation: 'getContact',
		pathSuffix: '/contato',
		simpleFields: contact.simpleFields,
	});
}
