import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class SonarMarketingApi implements ICredentialType {
	name = 'sonarMarketingApi';

	displayName = 'Sonar Marketing API';

	icon = {
		light: 'file:../nodes/SonarMarketing/sonarMarketing.svg',
		dark: 'file:../nodes/SonarMarketing/sonarMarketing.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#sonar-marketing';

	httpRequestNode = {
		name: 'Sonar Marketing',
		docsUrl: 'https://app.sonar.marketing',
		apiBaseUrlPlaceholder: 'https://app.sonar.marketing/api/v1/deals',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'snr_live_…',
			description:
				"Your Sonar Marketing API key, sent as Authorization: Bearer (the documented example starts with snr_live_). Where in Sonar to create one is not in Sonar Marketing's API docs.",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.sonar.marketing/api/v1',
			description:
				'API address. Keep the default unless Sonar gave you another one; http:// is accepted only for localhost (local sandbox).',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/deals',
			qs: { limit: 1 },
		},
	};
}
