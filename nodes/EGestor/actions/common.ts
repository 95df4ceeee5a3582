import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation, pageLimitOf, returnAllAndLimit } from '../../shared/descriptions';
import { pathOf } from '../../shared/request';
import type { Operation } from '../../shared/types';
import { pickFields } from '../../shared/simplify';
import { simplifyField } from '../simplify';
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
	/** The code field's display name, e.g. "Contact". */
	label: string;
	/** The record code field: a resource locator (From List / By ID), written out whole. */
	locator: INodeProperties;
	/** The fields Simplify keeps, in output order. */
	simpleFields: readonly string[];
}

/** The record code field ("codigo"): the resource's locator. */
export function codeField(info: ResourceInfo): INodeProperties {
	return info.locator;
}

/**
 * The record code of one item, checked before any request: a resource locator's value (From
 * List or By ID), or the plain text or number an older workflow stored. eGestor's codes are
 * numbers ("codigo (required, number, 1)" in every Detalhar of the document).
 */
export function codeOf(context: IExecuteFunctions, info: ResourceInfo, itemIndex: number): string {
	const value = context.getNodeParameter(info.idName, itemIndex, '', {
		extractValue: true,
	}) as unknown;
	const code =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (code === '') {
		throw new NodeOperationError(context.getNode(), `"${info.label}" is required`, {
			itemIndex,
			description: `Pick a ${info.noun} from the list or enter its code on item ${itemIndex}.`,
		});
	}
	if (!/^[1-9]\d*$/.test(code)) {
		throw new NodeOperationError(
			context.getNode(),
			`"${info.label}" must be a ${info.noun} code (codigo): a whole number from 1`,
			{ itemIndex, description: `Got "${code}" on item ${itemIndex}.` },
		);
	}
	return code;
}

/** Whether Simplify is on for one item (node version 2 on; version 1 has no Simplify). */
function simplifyOn(context: IExecuteFunctions, itemIndex: number): boolean {
	if (!(context.getNode().typeVersion >= 2)) return false;
	return context.getNodeParameter('simple', itemIndex, true) !== false;
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
			simplifyField,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
			const filter = String(this.getNodeParameter('filter', itemIndex, '') ?? '').trim();
			const records = await eGestorList(
				this,
				itemIndex,
				{ method: 'GET', path: info.path, qs: filter === '' ? {} : { filtro: filter } },
				pageLimitOf(this, itemIndex),
			);
			if (!simplifyOn(this, itemIndex)) return records;
			return records.map((record) => pickFields(record, info.simpleFields));
		},
	};
}

/**
 * Get: `GET <path>/<code>`; Get Contact and similar reads use a suffix and name the fields
 * Simplify keeps of what they read (a contact's).
 */
export function getOperation(
	info: ResourceInfo,
	operation = 'get',
	suffix = '',
	simpleFields: readonly string[] = info.simpleFields,
): Operation {
	return {
		description: forOperation(info.resource, operation, [codeField(info), simplifyField]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, info, itemIndex);
			const record = await eGestorRequest(this, itemIndex, {
				method: 'GET',
				path: recordPath(info, code, suffix),
			});
			return simplifyOn(this, itemIndex) ? pickFields(record, simpleFields) : record;
		},
	};
}

/** Delete: `DELETE <path>/<code>`; outputs `deleted: true` and eGestor's confirmation ({code, msg, obs, fields}). */
export function deleteOperation(info: ResourceInfo): Operation {
	return {
		description: forOperation(info.resource, 'delete', [codeField(info)]),
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
