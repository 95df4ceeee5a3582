import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forOperation, optionalFields } from '../../shared/descriptions';
import type { Operation } from '../../shared/types';
import type { FieldRule, rulesFor } from '../../shared/validate';
import { checkedApiFields } from '../../shared/locators';
import { eGestorRequest } from '../transport';
import type { ResourceInfo } from './resources';
import { codeOf, recordPath } from './resources';

/** The user's fields (a collection's values) as the API body, checked before sending. */
export type FieldsToBody = (
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
) => IDataObject;

/** The rule of each field by API name, for one item (`rule` is `rulesFor` of that item). */
type FieldRules = (
	rule: ReturnType<typeof rulesFor>,
	context: IExecuteFunctions,
	itemIndex: number,
) => Record<string, FieldRule>;

/**
 * The user's fields as the API body (`checkedApiFields`): pickers read as their values, blanks
 * dropped, each checked by its rule.
 */
export function checkedBody(rules: FieldRules): FieldsToBody {
	return (context, fields, itemIndex) =>
		checkedApiFields(context, itemIndex, fields, (rule) => rules(rule, context, itemIndex));
}

/** A field the user may clear: sent as the empty value eGestor's API docs show for it. */
export interface Clearable extends INodePropertyOptions {
	/** The API field. */
	value: string;
	/** Says what is sent and the API field, e.g. 'Sent as "" (API field obs)'. */
	description: string;
	/** The documented empty value ("" for text, [] for lists, "0000-00-00" for dtPgto). */
	empty: IDataObject[string];
}

interface UpdateOptions {
	resource: ResourceInfo;
	/** The fields of the Update Fields collection. */
	fields: INodeProperties[];
	/** The fields the clear list offers. */
	clearable: Clearable[];
	/** The fields of the documented PUT body: what a whole-record write sends. */
	writable: string[];
	/** Writable fields eGestor's read gives as text although the write takes numbers. */
	numbers?: string[];
	/** The user's changes, checked, under their API names. */
	changes: FieldsToBody;
	/** The record as read, turned into the write's field names and types. */
	fromRead?(record: IDataObject): IDataObject;
}

function updateModeField(): INodeProperties {
	return {
		displayName: 'Update Mode',
		name: 'updateMode',
		type: 'options',
		options: [
			{
				name: 'Read, Then Send the Whole Record',
				value: 'wholeRecord',
				description:
					'Reads the record, applies your changes and sends every field back (one extra request). Safe whether eGestor keeps or resets the fields a PUT leaves out; its API docs do not say which.',
			},
			{
				name: 'Send Only the Changed Fields',
				value: 'changedOnly',
				description:
					"One request. eGestor's API docs do not say whether a PUT keeps the fields it leaves out: if it resets them, they are erased.",
			},
		],
		default: 'wholeRecord',
		description: 'How the change is written',
	};
}

function clearField(clearable: Clearable[]): INodeProperties {
	return {
		displayName: 'Fields to Clear',
		name: 'clearFields',
		type: 'multiOptions',
		options: clearable.map(({ name, value, description }): INodePropertyOptions => ({
			name,
			value,
			description,
		})),
		default: [],
		description:
			'Fields to empty. Each is sent as the empty value shown in eGestor\'s API docs ("" for text, [] for lists). An empty field under Update Fields is left unchanged instead.',
	};
}

/** Keeps the writable fields of a read record, with numbers that came as text made numbers. */
function writableOf(spec: UpdateOptions, record: IDataObject): IDataObject {
	const read = spec.fromRead ? spec.fromRead(record) : record;
	const body: IDataObject = {};
	for (const name of spec.writable) {
		let value = read[name];
		if (value === undefined || value === null) continue;
		if (spec.numbers?.includes(name) && typeof value === 'string') {
			if (value.trim() === '' || !Number.isFinite(Number(value))) continue;
			value = Number(value);
		}
		body[name] = value;
	}
	return body;
}

/**
 * Update: `PUT <path>/<code>`. By default the record is read first and sent back whole with
 * the user's changes, since eGestor's API docs show whole records in every PUT example and
 * do not say whether a partial PUT keeps the fields it leaves out.
 */
export function updateOperation(spec: UpdateOptions): Operation {
	const { resource } = spec;
	return {
		description: forOperation(resource.resource, 'update', [
			resource.locator,
			updateModeField(),
			optionalFields('updateFields', 'Update Fields', spec.fields),
			clearField(spec.clearable),
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const code = codeOf(this, resource, itemIndex);
			const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			const changes = spec.changes(this, fields, itemIndex);
			const cleared = this.getNodeParameter('clearFields', itemIndex, []) as unknown;
			const clears: IDataObject = {};
			for (const name of Array.isArray(cleared) ? cleared : []) {
				const field = spec.clearable.find((option) => option.value === name);
				if (field === undefined) {
					throw new NodeOperationError(this.getNode(), `"Fields to Clear" has no field "${name}"`, {
						itemIndex,
						description: `Choose from: ${spec.clearable.map((option) => option.value).join(', ')}.`,
					});
				}
				if (field.value in changes) {
					throw new NodeOperationError(this.getNode(), `"${field.name}" is both set and cleared`, {
						itemIndex,
						description: 'Set the field or clear it, not both.',
					});
				}
				clears[field.value] = Array.isArray(field.empty) ? [] : field.empty;
			}
			const edits = { ...changes, ...clears };
			if (Object.keys(edits).length === 0) {
				throw new NodeOperationError(
					this.getNode(),
					'Add at least one field under "Update Fields" or "Fields to Clear"',
					{ itemIndex, description: `Item ${itemIndex} would send an update with no fields.` },
				);
			}
			const mode = this.getNodeParameter('updateMode', itemIndex, 'wholeRecord') as string;
			let body = edits;
			if (mode !== 'changedOnly') {
				const record = await eGestorRequest(this, itemIndex, {
					method: 'GET',
					path: recordPath(resource, code),
				});
				body = { ...writableOf(spec, record), ...edits };
			}
			return await eGestorRequest(this, itemIndex, {
				method: 'PUT',
				path: recordPath(resource, code),
				body,
			});
		},
	};
}
