import type { INodeProperties } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorOAuth2Api } from '../../credentials/EGestorOAuth2Api.credentials';
import { EGestor } from '../../nodes/EGestor/EGestor.node';

/** Every property of the node, fields inside collections included. */
function allFields(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const inner = (property.options ?? []).flatMap((option) => {
			if ('values' in option) return allFields(option.values as INodeProperties[]);
			if ('type' in option) return allFields([option as INodeProperties]);
			return [];
		});
		return [property, ...inner];
	});
}

const node = new EGestor().description;
const fields = allFields(node.properties);

describe('eGestor › field UX', () => {
	it('date-only fields are YYYY-MM-DD text, not a date-time picker that drops the time', () => {
		const dates = fields.filter((field) =>
			['dtVenc', 'dtPgto', 'dtVenda', 'dtNasc', 'dtEntrega'].includes(field.name),
		);
		expect(new Set(dates.map((field) => field.name))).toEqual(
			new Set(['dtVenc', 'dtPgto', 'dtVenda', 'dtNasc', 'dtEntrega']),
		);
		for (const field of dates) {
			expect(field).toMatchObject({ type: 'string', placeholder: 'YYYY-MM-DD' });
			expect(field.description).toMatch(/YYYY-MM-DD/);
		}
	});

	it('Receive / Pay Amount is required and has no default', () => {
		const amounts = node.properties.filter(
			(field) =>
				field.name === 'valor' &&
				['receive', 'pay'].some((op) => field.displayOptions?.show?.operation?.includes(op)),
		);
		expect(amounts).toHaveLength(2);
		for (const field of amounts) {
			expect(field.required).toBe(true);
			expect(field.default).toBe('');
			expect(field.description).toMatch(/at least 0\.01/);
		}
	});

	it('Tax Origin offers labelled values 0–8, marked as not from the API docs', () => {
		const origins = fields.filter((field) => field.name === 'origemFiscal');
		expect(origins.length).toBeGreaterThan(0);
		for (const field of origins) {
			expect(field.type).toBe('options');
			expect((field.options as Array<{ value: number }>).map((option) => option.value)).toEqual([
				0, 1, 2, 3, 4, 5, 6, 7, 8,
			]);
			expect(field.description).toContain("(not in eGestor's API docs)");
		}
	});

	it('no UI text holds a TAB, and every input field names its API field', () => {
		const text = JSON.stringify(node);
		expect(text).not.toContain('\\t');
		const inputs = fields.filter(
			(field) =>
				!['notice', 'options', 'multiOptions', 'collection', 'fixedCollection'].includes(
					field.type,
				) &&
				!['returnAll', 'limit', 'filter', 'simple', 'requestsInParallel'].includes(field.name) &&
				!/Id$/.test(field.name) &&
				field.name !== 'value',
		);
		for (const field of inputs) {
			expect(`${field.name}: ${field.description ?? ''}`).toMatch(
				new RegExp(`\\(API field ${field.name}\\)`),
			);
		}
	});
});

describe('eGestor › operations for people and agents', () => {
	const selectors = node.properties.filter((property) => property.name === 'operation');
	const options = selectors.flatMap((selector) =>
		(selector.options as Array<{ value: string; description?: string; action?: string }>).map(
			(option) => ({ resource: selector.displayOptions?.show?.resource?.[0], ...option }),
		),
	);

	it('every operation has an action in plain sentence case (what n8n shows the model)', () => {
		expect(options).toHaveLength(32);
		for (const option of options) {
			expect(option.action).toMatch(/^[A-Z][a-z]+ [a-z]+( [a-z]+)+$/);
			expect(option.description?.length).toBeGreaterThan(20);
		}
		const actions = Object.fromEntries(
			options.map((option) => [`${option.resource}.${option.value}`, option.action]),
		);
		expect(actions['sale.create']).toBe(
			'Create a sale with products and installments that can never be edited afterwards',
		);
		expect(actions['contact.delete']).toBe(
			'Delete a contact so later reads of its code answer that it was deleted',
		);
		expect(actions['receivable.update']).toBe(
			'Update a receivable by reading it and writing it back whole with your changes',
		);
	});

	it('Simplify (n8n\'s "simple", on by default) is on every Get, Get Contact and Get Many and nowhere else', () => {
		const simplify = node.properties.filter((property) => property.name === 'simple');
		const where = simplify.flatMap((property) =>
			(property.displayOptions?.show?.operation ?? []).map(
				(operation) =>
					`${String(property.displayOptions?.show?.resource?.[0])}.${String(operation)}`,
			),
		);
		expect(where.sort()).toEqual(
			[
				'contact.get',
				'contact.getAll',
				'payable.get',
				'payable.getAll',
				'payable.getContact',
				'product.get',
				'product.getAll',
				'receivable.get',
				'receivable.getAll',
				'sale.get',
				'sale.getAll',
				'sale.getContact',
				'service.get',
				'service.getAll',
			].sort(),
		);
		for (const property of simplify) {
			expect(property).toMatchObject({ displayName: 'Simplify', type: 'boolean', default: true });
		}
	});

	it('every record code field is a picker: From List (searchable) or By ID (a whole number from 1)', () => {
		const codes = node.properties.filter((property) => /^[a-z]+Id$/.test(property.name));
		expect(codes.length).toBeGreaterThan(0);
		for (const code of codes) {
			expect(code.type).toBe('resourceLocator');
			expect(code.default).toEqual({ mode: 'list', value: '' });
			expect(code.modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
			expect(code.modes?.[0].typeOptions?.searchable).toBe(true);
			expect(code.description).toMatch(/a whole number from 1$/);
		}
	});
});

describe('eGestor › credential help', () => {
	const personal = Object.fromEntries(new EGestorApi().properties.map((p) => [p.name, p]));
	const oauth = Object.fromEntries(new EGestorOAuth2Api().properties.map((p) => [p.name, p]));

	it("says the API host comes from eGestor's public site, not the API docs", () => {
		for (const field of [personal.baseUrl, oauth.baseUrl]) {
			expect(field.description).toContain("comes from eGestor's public site");
		}
		expect(personal.accessTokenUrl.description).toContain('Must be https://');
		expect(oauth.accessTokenUrl.description).toContain('Must be https://');
	});

	it('says OAuth2 token requests are form-encoded where the docs show JSON', () => {
		expect(oauth.requestFormatNotice.type).toBe('notice');
		expect(oauth.requestFormatNotice.displayName).toMatch(/JSON.*form-encoded.*redirect_uri/);
	});
});
