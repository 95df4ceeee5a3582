import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyMode,
} from 'n8n-workflow';

import { withLocatorValues } from '../../../shared/locators';
import { apiFields, rulesFor } from '../../../shared/validate';
import { brazilRules } from '../../validators';
import { clientModes } from '../client/fields';

/** Vehicle statuses the quickstart shows (`ativo`); use an expression for another status. */
export const statusOptions = [{ name: 'Active (Ativo)', value: 'ativo' }];

/** Inventory phases the quickstart shows (`entrada`); use an expression for another phase. */
export const phaseOptions = [{ name: 'Intake (Entrada)', value: 'entrada' }];

/** Update's Status field. */
export const statusField: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: statusOptions,
	default: 'ativo',
	description:
		"The quickstart shows ativo; other statuses, and whether an update may change it, are not in Ecosys Auto's API docs (use an expression)",
};

/** Update's Phase field. */
export const phaseField: INodeProperties = {
	displayName: 'Phase',
	name: 'phase',
	type: 'options',
	options: phaseOptions,
	default: 'entrada',
	description:
		"Inventory phase (fase). The quickstart shows entrada; other phases, and whether an update may change it, are not in Ecosys Auto's API docs (use an expression).",
};

/** Optional fields a vehicle accepts on create and on update. */
export const vehicleFields: INodeProperties[] = [
	{
		displayName: 'Brand',
		name: 'brand',
		type: 'string',
		default: '',
		placeholder: 'Honda',
		description: 'Make (marca) of the vehicle as free text, e.g. Honda',
	},
	{
		displayName: 'Client',
		name: 'client_id',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: 'The client (owner or buyer) linked to the vehicle, from the list or by its UUID',
		...clientModes,
	},
	{
		// Named "paint", not "color": a parameter called color would be taken for a colour picker.
		displayName: 'Color',
		name: 'paint',
		type: 'string',
		default: '',
		placeholder: 'Preto',
		description: 'Body colour as the dealer writes it (cor), e.g. Preto (black); sent as color',
	},
	{
		displayName: 'Fuel',
		name: 'fuel',
		type: 'string',
		default: '',
		placeholder: 'flex',
		description:
			"Fuel (combustível) as Ecosys Auto spells it. The quickstart shows flex; other values are not in Ecosys Auto's API docs.",
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
	{
		displayName: 'Model',
		name: 'model',
		type: 'string',
		default: '',
		placeholder: 'Civic',
		description: 'Model (modelo) of the vehicle as free text, e.g. Civic',
	},
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
			'Licence plate (placa): 7 letters and digits, sent upper-case. A plate in neither the old (ABC1234) nor the Mercosul (ABC1D23) pattern adds a warning to the output.',
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
		type: 'string',
		default: '',
		placeholder: 'automatico',
		description:
			"Gearbox (câmbio) as Ecosys Auto spells it. The quickstart shows automatico; other values are not in Ecosys Auto's API docs.",
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

/**
 * Turns the user's fields into the API body, checking numbers and the plate's format before
 * sending (a plate in neither known pattern goes to `warnings`).
 */
export function vehicleBody(
	context: IExecuteFunctions,
	fields: IDataObject,
	itemIndex: number,
	warnings: string[],
): IDataObject {
	const rule = rulesFor(context, itemIndex);
	const years = { min: 1900, max: 2100 };
	const { paint, ...rest } = withLocatorValues(fields);
	return apiFields(paint === undefined ? rest : { ...rest, color: paint }, {
		year_model: rule.number('Model Year', years),
		year_manufacture: rule.number('Manufacture Year', years),
		price: rule.number('Price (BRL)', { min: 0 }),
		purchase_price: rule.number('Purchase Price (BRL)', { min: 0 }),
		mileage: rule.number('Mileage (Km)', { min: 0 }),
		plate: brazilRules(context, itemIndex, warnings).plate('Plate'),
	});
}

/** What Simplify keeps of a vehicle (the quickstart's vehicle fields a user most needs). */
export const VEHICLE_SIMPLIFIED_FIELDS = [
	'id',
	'title',
	'plate',
	'year_model',
	'price',
	'mileage',
	'phase',
	'status',
	'store_id',
	'client_id',
] as const;

/** The Vehicle picker's modes: a vehicle from a searchable list, or its UUID. */
export const vehicleModes: { modes: INodePropertyMode[] } = {
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a vehicle...',
			typeOptions: { searchListMethod: 'searchVehicles', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3f1c2a9e-5b7d-4e8f-9a1b-2c3d4e5f6a7b',
		},
	],
};
