import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * eGestor with OAuth2 (authorization code). Every refresh returns a new refresh token and
 * invalidates the old one; n8n stores the new one. Needs n8n 2.30 or later, which refreshes
 * a credential once even when several executions hit an expired token at the same time.
 */
export class EGestorOAuth2Api implements ICredentialType {
	name = 'eGestorOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'eGestor OAuth2 API';

	icon = {
		light: 'file:../nodes/EGestor/eGestor.svg',
		dark: 'file:../nodes/EGestor/eGestor.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#egestor';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'string',
			default: 'https://v4.egestor.com.br/api/oauth/authorize',
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://api.egestor.com.br/api/oauth/access_token',
			required: true,
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.egestor.com.br/api/v1',
			description:
				'API address. Keep the default unless eGestor gave you another one; http:// is accepted only for localhost (local sandbox).',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
