import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class EcosysAutoApi implements ICredentialType {
	name = 'ecosysAutoApi';

	displayName = 'Ecosys Auto API';

	icon = {
		light: 'file:../nodes/EcosysAuto/ecosysAuto.svg',
		dark: 'file:../nodes/EcosysAuto/ecosysAuto.dark.svg',
	} as const;

	documentationUrl = 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#ecosys-auto';

	httpRequestNode = {
		name: 'Ecosys Auto',
		docsUrl: 'https://dashboard.ecosysauto.ai',
		apiBaseUrlPlaceholder: 'https://dashboard.ecosysauto.ai/api/v1/vehicles',
	};

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'ea_live_…',
			description:
				'Key created in the Ecosys Auto dashboard under Configurações → API Keys (Settings → API Keys) → Criar Nova Chave (Create New Key). It starts with ea_live_ and is shown only once.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://dashboard.ecosysauto.ai/api/v1',
			description:
				'API address. Keep the default unless Ecosys Auto gave you another one; http:// is accepted only for localhost (local sandbox).',
		},
		{
			displayName: 'Default Store ID',
			name: 'storeId',
			type: 'string',
			default: '',
			placeholder: 'uuid-of-your-store',
			description:
				'ID of the store (loja) new vehicles go to unless a node sets another one. Copy it from Configurações → Lojas (Settings → Stores) in the dashboard.',
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
			url: '/clients',
			qs: { limit: 1 },
		},
	};
}
