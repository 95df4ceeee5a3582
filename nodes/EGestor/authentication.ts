import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

/** eGestor's two ways in, shared by the action node and the trigger; transport.ts reads the choice. */
export const eGestorCredentials: INodeCredentialDescription[] = [
	{
		name: 'eGestorApi',
		required: true,
		displayOptions: { show: { authentication: ['personalToken'] } },
	},
	{
		name: 'eGestorOAuth2Api',
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
];

export const authenticationField: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Personal Token', value: 'personalToken' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'personalToken',
};
