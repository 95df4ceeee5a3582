import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

/** A URL the personal token is sent to: https only, http only on loopback (local sandbox). */
function secretUrlOf(raw: unknown, label: string): string {
	const text = typeof raw === 'string' ? raw.trim() : '';
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	const loopback = url !== undefined && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url === undefined || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
		throw new Error(
			`The eGestor credential's ${label} must be an https:// address (http:// only for localhost)`,
		);
	}
	return text;
}

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
				"API address. The host api.egestor.com.br comes from eGestor's public site: eGestor's API docs do not name it. Keep the default unless eGestor gave you another one; http:// is accepted only for localhost (local sandbox).",
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: 'https://api.egestor.com.br/api/oauth/access_token',
			description:
				"Where the personal token is exchanged for an access token (path /oauth/access_token in eGestor's API docs; the host is not named there). Must be https://, since the personal token is sent to it; http:// only for localhost.",
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
			url: secretUrlOf(credentials.accessTokenUrl, 'Access Token URL'),
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
