import type { INodeProperties } from 'n8n-workflow';

/**
 * The Simplify toggle of every eGestor Get and Get Many (n8n's UX guideline for answers of
 * more than 10 fields). On by default, as n8n's own linter asks of a Simplify toggle, from node
 * version 2 on: a workflow saved with version 1 keeps the whole records it was built on.
 */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
};
