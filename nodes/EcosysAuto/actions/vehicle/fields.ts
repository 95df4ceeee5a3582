import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiFields, rulesFor } from '../../../shared/validate';
import { brazilRules } from '../../validators';

/** Fuels (combustível); `flex` is the quickstart's value, the others its spelling of the rest. */
export const fuelOptions = [
	{ name: 'Diesel', value: 'diesel' },
	{ name: 'Elétrico (Electric)', value: 'eletrico' },
	{ name: 'Etanol (Ethanol)', value: 'etanol' },
	{ name: 'Flex', value: 'flex' },
	{ name: 'Gasolina (Petrol)', value: 'gasolina' },
	{ name: 'GNV (Natural Gas)', value: 'gnv' },
	{ name: 'Híbrido (Hybrid)', value: 'hibrido' },
];

/** Transmissions (câmbio); `automatico` is the quickstart's value. */
export const transmissionOptions = [
	{ name: 'Automático (Automatic)', value: 'automatico' },
	{ name: 'Automatizado (Automated Manual)', value: 'automatizado' },
	{ name: 'CVT', value: 'cvt' },
	{ name: 'Manual', value: 'manual' },
];

/** Vehicle statuses the API documents; use an expression for another status of your account. */
export const statusOptions = [{ name: 'Ativo (Active)', value: 'ativo' }];

/** Inventory phases the API documents; use an expression for another phase of your account. */
export const phaseOptions = [{ name: 'Entrada (Intake)', value: 'entrada' }];

/** Optional fields a vehicle accepts on create and on update. */
export const vehicleFields: INodeProperties[] = [
	{ displayName: 'Brand', name: 'brand', type: 'string', default: '', placeholder: 'Honda' },
	{
		displayName: 'Client ID',
		name: 'client_id',
		type: 'string',
		default: '',
		description: 'UUID of the client (owner or buyer) linked to the vehicle',
	},
	{
		// Named "paint", not "color": a parameter called color would be taken for a colour picker.
		displayName: 'Color',
		name: 'paint',
		type: 'string',
		default: '',
		placeholder: 'Preto',
		description: 'Body colour as the dealer writes it (cor), e.g. Preto; sent as color',
	},
	{
		displayName: 'Fuel',
		name: 'fuel',
		type: 'options',
		options: fuelOptions,
		default: 'flex',
		description: 'Fuel (combustível) the vehicle runs on',
	},
	{
		displayName: 'Manufacture Year',
		name: 'year_manufacture',
		type: 'number',
		typeOptions: { minValue: 1900, maxValue: 2100 },
		default: 2024,
		description: 'Year the vehicle was built (ano de fabricação)',
	},
	{
		displayName: 'Mileage (Km)',
		name: 'mileage',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		description: 'Odometer reading in kilometres (quilometragem)',
	},
	{ displayName: 'Model', name: 'model', type: 'string', default: '', placeholder: 'Civic' },
	{
		displayName: 'Model Year',
		name: 'year_model',
		type: 'number',
		typeOptions: { minValue: 1900, maxValue: 2100 },
		default: 2024,
		description: 'Model year (ano modelo)',
	},
	{
		displayName: 'Plate',
		name: 'plate',
		type: 'string',
		default: '',
		placeholder: 'ABC1D23',
		description:
			'Licence plate (placa): ABC1234 or the Mercosul format ABC1D23; checked before sending and sent upper-case',
	},
	{
		displayName: 'Price (BRL)',
		name: 'price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Selling price in reais (BRL, not cents)',
	},
	{
		displayName: 'Purchase Price (BRL)',
		name: 'purchase_price',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'What the dealer paid for the vehicle, in reais (BRL, not cents)',
	},
	{
		displayName: 'Transmission',
		name: 'transmission',
		type: 'options',
		options: transmissionOptions,
		default: 'automatico',
		description: 'Gearbox (câmbio)',
	},
	{
		displayName: 'Version',
		name: 'version',
		type: 'string',
		default: '',
		placeholder: 'EXL 2.0 Flex',
		description: 'Trim or version (versão)',
	},
];

/** Turns the user's fields into the API body, checking numbers and the plate before sending. */
export function vehicleBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	const years = { min: 1900, max: 2100 };
	const { paint, ...rest } = fields;
	return apiFields(paint === undefined ? rest : { ...rest, color: paint }, {
		year_model: rule.number('Model Year', years),
		year_manufacture: rule.number('Manufacture Year', years),
		price: rule.number('Price (BRL)', { min: 0 }),
		purchase_price: rule.number('Purchase Price (BRL)', { min: 0 }),
		mileage: rule.number('Mileage (Km)', { min: 0 }),
		plate: brazilRules(context, itemIndex).plate('Plate'),
	});
}
