import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { getSaleCustomFields } from '../../../nodes/EGestor/methods/loadOptions';
import { BASE, eGestorApi, runNode } from '../egestor-harness';

const labels = { xCampo1: 'Observações gerais', xCampo2: 'Laudo técnico' };

describe('eGestor › Sale › Get Custom Field Labels', () => {
	it('reads /config/vendas/customizado and outputs the labels', async () => {
		const api = eGestorApi().get('/api/v1/config/vendas/customizado').reply(200, labels);

		const result = await runNode({ resource: 'sale', operation: 'getCustomFieldLabels' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('eGestor')).toEqual([labels]);
	});
});

describe('eGestor › Sale custom fields dropdown', () => {
	function loadOptionsContext(authentication: string, sent: IDataObject[]) {
		return {
			getNodeParameter: (name: string, fallback: unknown) =>
				name === 'authentication' ? authentication : fallback,
			getNode: () => ({ name: 'eGestor', credentials: { eGestorApi: { id: 'c1', name: 'c1' } } }),
			getCredentials: async () => ({ baseUrl: `${BASE}/` }),
			helpers: {
				httpRequestWithAuthentication: async (type: string, options: IDataObject) => {
					sent.push({ type, ...options });
					return { statusCode: 200, headers: {}, body: labels };
				},
			},
		} as unknown as ILoadOptionsFunctions;
	}

	it.each([
		['personalToken', 'eGestorApi'],
		['oAuth2', 'eGestorOAuth2Api'],
	])(
		'with %s authentication lists xCampo1–4 under their labels, signed with %s',
		async (authentication, credentialType) => {
			const sent: IDataObject[] = [];

			const options = await getSaleCustomFields.call(loadOptionsContext(authentication, sent));

			expect(sent).toHaveLength(1);
			expect(sent[0]).toMatchObject({
				type: credentialType,
				method: 'GET',
				baseURL: BASE,
				url: '/config/vendas/customizado',
			});
			expect(options).toEqual([
				{ name: 'Observações gerais (xCampo1)', value: 'xCampo1' },
				{ name: 'Laudo técnico (xCampo2)', value: 'xCampo2' },
				{ name: 'xCampo3 (no label set)', value: 'xCampo3' },
				{ name: 'xCampo4 (no label set)', value: 'xCampo4' },
			]);
		},
	);
});
