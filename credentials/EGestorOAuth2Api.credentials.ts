import type { ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * eGestor with OAuth2 (authorization code). Every refresh returns a new refresh token and
 * invalidates the old one; n8n stores the new one. Needs n8n 2.30 or later, which refreshes
 * a credential once even when several executions hit an expired token at the same time.
 * n8n's OAuth2 client sends the token requests form-encoded and the refresh without
 * redirect_uri, where eGestor's API docs show JSON bodies with redirect_uri; n8n offers no
 * way to change that. The eGestor node checks that both URLs are https:// before any request.
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
			description:
				"As in eGestor's API docs (/oauth/authorize). Must be https:// (http:// only for localhost).",
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://api.egestor.com.br/api/oauth/access_token',
			required: true,
			description:
				"Path /oauth/access_token from eGestor's API docs; the host comes from eGestor's public site (the docs do not name it). Must be https://: the client secret and refresh token are sent to it.",
		},
		{
			displayName:
				"eGestor's API docs show JSON token requests and a redirect_uri on refresh; n8n's OAuth2 client sends them form-encoded, without redirect_uri on refresh, and cannot be told otherwise. If connecting or refreshing fails, use the eGestor Personal Token API credential instead.",
			name: 'requestFormatNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.egestor.com.br/api/v1',
			description:
				"API address. The host api.egestor.com.br comes from eGestor's public site: eGestor's API docs do not name it. Keep the default unless eGestor gave you another one; http:// is accepted only for localhost (local sandbox).",
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
