import type { INodeProperties } from 'n8n-workflow';

/** Tags: a comma-separated list, or an array from an expression; sent as a list (`tagList`). */
export const tagsField: INodeProperties = {
	displayName: 'Tags',
	name: 'tags',
	type: 'string',
	default: '',
	description: 'Comma-separated tags (API field tags)',
	placeholder: 'vip, atacado',
};
