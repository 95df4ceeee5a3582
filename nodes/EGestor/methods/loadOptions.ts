import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { eGestorRequest } from '../transport';

const CUSTOM_FIELDS = ['xCampo1', 'xCampo2', 'xCampo3', 'xCampo4'];

/** The sale custom fields xCampo1–4, named by the labels set in eGestor. */
export async function getSaleCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const labels = await eGestorRequest(this, 0, {
		method: 'GET',
		path: '/config/vendas/customizado',
	});
	return CUSTOM_FIELDS.map((field) => {
		const label = typeof labels[field] === 'string' ? String(labels[field]).trim() : '';
		return {
			name: label === '' ? `${field} (no label set)` : `${label} (${field})`,
			value: field,
		};
	});
}
