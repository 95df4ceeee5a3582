import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { locatorId } from './locators';
import { pathOf } from './request';
import { simplifiedIfAsked } from './simplify';
import type { ApiRequest } from './types';
import { requireSomeField } from './validate';

/**
 * The `execute` of the Get and Update operations that address one record by its picker:
 * the same steps on every vendor, sent through the vendor's own client.
 */

/** A vendor client's request for one item (e.g. `ecosysRequest`). */
export type SendRequest = (
	context: IExecuteFunctions,
	itemIndex: number,
	request: ApiRequest,
) => Promise<IDataObject>;

/** The record an operation addresses: its picker and where the vendor keeps it. */
export interface RecordAddress {
	/** The picker parameter holding the record's id (e.g. `clientId`). */
	parameter: string;
	/** The picker's label, as an error names it (e.g. `Client`). */
	label: string;
	/** The records' path; the record is `<path>/<id>` (e.g. `/clients`). */
	path: string;
}

/** The record the API answered, with the node's warnings (if any) under `_warnings`. */
export function withWarnings<T extends object>(record: T, warnings: string[]): T {
	return warnings.length === 0 ? record : { ...record, _warnings: warnings };
}

/** Get: GET `<path>/<id>` of the picked record, simplified when the item asks. */
export function getRecord(
	send: SendRequest,
	record: RecordAddress & { simplifiedFields: readonly string[] },
): (this: IExecuteFunctions, itemIndex: number) => Promise<IDataObject> {
	return async function execute(this: IExecuteFunctions, itemIndex: number) {
		const id = locatorId(this, record.parameter, record.label, itemIndex);
		const answer = await send(this, itemIndex, {
			method: 'GET',
			path: record.path + pathOf`/${id}`,
		});
		return simplifiedIfAsked(this, itemIndex, answer, record.simplifiedFields);
	};
}

/**
 * Update: PUT `<path>/<id>` of the picked record with the body `body` makes of the item's
 * Update Fields, refused before any request when it holds no field. What `body` adds to
 * `warnings` comes out under `_warnings`.
 */
export function updateRecord(
	send: SendRequest,
	record: RecordAddress & {
		body(
			context: IExecuteFunctions,
			fields: IDataObject,
			itemIndex: number,
			warnings: string[],
		): IDataObject;
	},
): (this: IExecuteFunctions, itemIndex: number) => Promise<IDataObject> {
	return async function execute(this: IExecuteFunctions, itemIndex: number) {
		const id = locatorId(this, record.parameter, record.label, itemIndex);
		const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		const warnings: string[] = [];
		const body = record.body(this, fields, itemIndex, warnings);
		requireSomeField(this, body, 'Update Fields', itemIndex);
		const answer = await send(this, itemIndex, {
			method: 'PUT',
			path: record.path + pathOf`/${id}`,
			body,
		});
		return withWarnings(answer, warnings);
	};
}
