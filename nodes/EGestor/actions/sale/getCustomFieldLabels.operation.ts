import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { eGestorRequest } from '../../transport';

export const description: INodeProperties[] = [];

/** `GET /config/vendas/customizado`: the label of each custom field xCampo1–4 in use. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await eGestorRequest(this, itemIndex, {
		method: 'GET',
		path: '/config/vendas/customizado',
	});
}
