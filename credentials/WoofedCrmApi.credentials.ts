import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class WoofedCrmApi implements ICredentialType {
	name = 'woofedCrmApi';

	displayName = 'WoofedCRM API';

	icon = {
		light: 'file:../nodes/WoofedCrm/woofedCrm.svg',
		dark: 'file:../nodes/WoofedCrm/woofedCrm.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#woofedcrm';

	httpRequestNode = {
		name: 'WoofedCRM',
		docsUrl: 'https://docs.woofedcrm.com',
		apiBaseUrlPlaceholder: 'https://app.woofedcrm.com/api/v1/accounts/1/deals',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.woofedcrm.com',
			description:
				'Address of your WoofedCRM instance, without /api (self-hosted instances have their own). http:// is accepted for localhost, or anywhere with "Allow Insecure HTTP" on.',
		},
		{
			displayName: 'Allow Insecure HTTP',
			name: 'allowInsecureHttp',
			type: 'boolean',
			default: false,
			description:
				'Whether to accept a plain http:// Base URL that is not localhost, e.g. a self-hosted WoofedCRM on your LAN (http://192.168.0.10:3000). Warning: over http:// the API token and all data travel unencrypted and can be read or changed by anyone on the network path; use it only on a network you trust.',
		},
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			required: true,
			default: '',
			placeholder: '1',
			description:
				"Numeric ID of the WoofedCRM account, as in /accounts/{ID}/ in the address bar of the web app. Every API path holds it, but WoofedCRM's server works in the account of the token's user whatever number is given.",
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"The user's API token (a JWT) given by the instance's administrator; sent as a Bearer token",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.apiToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '=/api/v1/accounts/{{$credentials.accountId.toString().trim().replace(/[^0-9A-Za-z_-]/g, "")}}/contacts/search',
			method: 'GET',
		},
	};
}
