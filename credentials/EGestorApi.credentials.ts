import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/**
 * eGestor with a personal token (Configurações → Aplicativos conectados). The token is
 * exchanged (`grant_type=personal`) for a 15-minute access token that n8n keeps in the
 * hidden `accessToken` field and renews when it is empty or after a 401.
 */
export class EGestorApi implements ICredentialType {
	name = 'eGestorApi';

	displayName = 'eGestor Personal Token API';

	icon = {
		light: 'file:../nodes/EGestor/eGestor.svg',
		dark: 'file:../nodes/EGestor/eGestor.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#egestor';

	httpRequestNode = {
		name: 'eGestor',
		docsUrl: 'https://v4.egestor.com.br',
		apiBaseUrlPlaceholder: 'https://api.egestor.com.br/api/v1/contatos',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Personal Token',
			name: 'personalToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The personal_token (a JWT) shown in eGestor under Configurações → Aplicativos conectados',
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
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://api.egestor.com.br/api/oauth/access_token',
			description: 'Where the personal token is exchanged for an access token',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { access_token } = (await this.helpers.httpRequest({
			method: 'POST',
			url: String(credentials.accessTokenUrl).trim(),
			body: { grant_type: 'personal', personal_token: credentials.personalToken },
			json: true,
		})) as { access_token?: string };
		return { accessToken: access_token ?? '' };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/contatos',
		},
	};
}
