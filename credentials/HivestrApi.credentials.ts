import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestHelper,
	INodeProperties,
} from 'n8n-workflow';

const PRODUCTION_URL = 'https://www.hivestr.com/api/v1';

/** The base URL without a trailing slash; only https, or http on loopback (sandbox, tests). */
function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const raw = typeof credentials.baseUrl === 'string' ? credentials.baseUrl : PRODUCTION_URL;
	const text = (raw.trim() === '' ? PRODUCTION_URL : raw.trim()).replace(/\/+$/, '');
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	const loopback = url !== undefined && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url === undefined || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) {
		throw new Error(
			"The Hivestr credential's Base URL must be an https:// address (http:// only for localhost)",
		);
	}
	return text;
}

export class HivestrApi implements ICredentialType {
	name = 'hivestrApi';

	displayName = 'Hivestr API';

	icon = {
		light: 'file:../nodes/Hivestr/hivestr.svg',
		dark: 'file:../nodes/Hivestr/hivestr.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#hivestr';

	httpRequestNode = {
		name: 'Hivestr',
		docsUrl: 'https://www.hivestr.com',
		apiBaseUrlPlaceholder: 'https://www.hivestr.com/api/v1/public/clients',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'hvstr_…',
			description:
				'API key created in Hivestr (starts with hvstr_). The CRM operations (clients, notes, pipeline cards, tasks, reminders) need a key with the clients permission; the credential test only checks the key and secret.',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Secret shown once when the API key was created',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: PRODUCTION_URL,
			description:
				'API address. Keep the default unless Hivestr gave you another one; http:// is accepted only for localhost (local sandbox).',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	/** Exchanges the key and secret for a JWT (valid 1 h); n8n runs it again after a 401. */
	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { access_token: accessToken } = (await this.helpers.httpRequest({
			method: 'POST',
			url: `${baseUrlOf(credentials)}/auth/token`,
			body: { api_key: credentials.apiKey, api_secret: credentials.apiSecret },
			json: true,
		})) as { access_token?: unknown };
		if (typeof accessToken !== 'string' || accessToken === '') {
			throw new Error('Hivestr did not return an access token: check the API key and secret');
		}
		return { accessToken };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	// The key/secret exchange itself (hivestr.txt › 1. AUTHENTICATION, "Headers: None"): it
	// needs no permission, so a key without `clients: true` (needed by the CRM endpoints)
	// still tests fine. A 401 here means a wrong key or secret.
	test: ICredentialTestRequest = {
		request: {
			method: 'POST',
			baseURL: '={{($credentials.baseUrl || "' + PRODUCTION_URL + '").replace(/\\/+$/, "")}}',
			url: '/auth/token',
			body: { api_key: '={{$credentials.apiKey}}', api_secret: '={{$credentials.apiSecret}}' },
			json: true,
		},
	};
}
