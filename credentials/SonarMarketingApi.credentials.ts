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
			description: 'Key created in Sonar Marketing under Settings → API (starts with snr_live_)',
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
