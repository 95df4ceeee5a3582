import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { forOperation, idField, pageLimitOf, returnAllAndLimit } from '../../shared/descriptions';
import { pathOf } from '../../shared/request';
import type { Operation } from '../../shared/types';
import { requiredText } from '../../shared/validate';
import { eGestorList, eGestorRequest } from '../transport';

/** One eGestor resource: its node value, API path and how its records are named. */
export interface ResourceInfo {
	resource: string;
	/** API path of the collection, e.g. "/contatos". */
	path: string;
	/** English noun, e.g. "contact". */
	noun: string;
	/** Parameter holding the record code, e.g. "contactId". */
	idName: string;
}

/** The record code field ("codigo"). */
export function codeField(info: ResourceInfo, purpose: string): INodeProperties {
	const label = `${info.noun[0].toUpperCase()}${info.noun.slice(1)} Code`;
	return idField(info.idName, label, `Code (codigo) of the ${info.noun} ${purpose}`);
}

/** The record code of one item, checked and ready for a path. */
export function codeOf(context: IExecuteFunctions, info: ResourceInfo, itemIndex: number): string {
	const label = `${info.noun[0].toUpperCase()}${info.noun.slice(1)} Code`;
	return requiredText(context, info.idName, label, itemIndex);
}

/** `<collection>/<code><suffix>` with the code percent-encoded. */
export function recordPath(info: ResourceInfo, code: string, suffix = ''): string {
	return `${info.path}${pathOf`/${code}`}${suffix}`;
}

/** Get Many: `GET <path>?filtro&page`, 50 a page, Return All / Limit. */
export function getManyOperation(info: ResourceInfo, plural: string): Operation {
	return {
		description: forOperation(info.resource, 'getAll', [
			...returnAllAndLimit(),
			{
				displayName: 'Filter',
				name: 'filter',
				type: 'string',
				default: '',
				description: `Text eGestor filters the ${plural} by (API parameter filtro); which fields it matches is not in eGestor's API docs. Leave empty for all.`,
			},
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
			const filter = String(this.getNodeParameter('filter', itemIndex, '') ?? '').trim();
			return await eGestorList(
				this,
				itemIndex,
				{ method: 'GET', path: info.path, qs: filter === '' ? {} : { filtro: filter } },
				pageLimitOf(this, itemIndex),
			);
		},
	};
}

/** Get: `GET <path>/<code>`; Get Contact and similar reads use a suffix. */
export function getOperation(
	info: ResourceInfo,
	operation = 'get',
	suffix = '',
	purpose = 'to retrieve',
): Operation {
	return {
		description: forOperation(info.resource, operation, [codeField(info, purpose)]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, info, itemIndex);
			return await eGestorRequest(this, itemIndex, {
				method: 'GET',
				path: recordPath(info, code, suffix),
			});
		},
	};
}

/** Delete: `DELETE <path>/<code>`; outputs `deleted: true` and eGestor's confirmation ({code, msg, obs, fields}). */
export function deleteOperation(info: ResourceInfo): Operation {
	return {
		description: forOperation(info.resource, 'delete', [codeField(info, 'to delete')]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, info, itemIndex);
			const answer = await eGestorRequest(this, itemIndex, {
				method: 'DELETE',
				path: recordPath(info, code),
			});
			return { deleted: true, ...answer };
		},
	};
}
