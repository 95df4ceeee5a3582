import type { IDataObject, IExecuteFunctions, INodePropertyCollection } from 'n8n-workflow';

import { invalid } from '../../shared/validate';

/** The rows of a Custom Attributes property: key/value pairs sent as the custom_attributes object. */
export const customAttributeRows: INodePropertyCollection[] = [
	{
		name: 'attribute',
		displayName: 'Attribute',
		values: [
			{
				displayName: 'Key',
				name: 'key',
				type: 'string',
				default: '',
				placeholder: 'source',
				description: 'Name of the custom attribute as WoofedCRM stores it, e.g. source',
			},
			{
				displayName: 'Value',
				name: 'value',
				type: 'string',
				default: '',
				placeholder: 'Website',
				description: 'Sent as text; an expression may give a number or boolean',
			},
		],
	},
];

/** The rows of `customAttributesField` as an object, or undefined when there are none. */
function customAttributesOf(
	context: IExecuteFunctions,
	itemIndex: number,
): IDataObject | undefined {
	const rows = (
		context.getNodeParameter('customAttributes.attribute', itemIndex, []) as IDataObject[]
	).filter((row) => row !== null && typeof row === 'object');
	if (rows.length === 0) return undefined;
	const attributes: IDataObject = {};
	rows.forEach((row, index) => {
		const key = String(row.key ?? '').trim();
		if (key === '') {
			throw invalid(
				context,
				itemIndex,
				`"Custom Attributes" row ${index + 1} needs a Key`,
				`Give each custom attribute a key, or remove the empty row (item ${itemIndex}).`,
			);
		}
		attributes[key] = (
			typeof row.value === 'string' ? row.value.trim() : row.value
		) as IDataObject[string];
	});
	return attributes;
}

/** Puts the item's custom attribute rows on `body` as `custom_attributes`, when there are any. */
export function addCustomAttributes(
	context: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): IDataObject {
	const customAttributes = customAttributesOf(context, itemIndex);
	if (customAttributes !== undefined) body.custom_attributes = customAttributes;
	return body;
}
