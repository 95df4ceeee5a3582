import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FieldRule } from '../shared/validate';

/** Brazilian document and plate checks, run before a request so a typo fails clearly. */

function refuse(
	context: IExecuteFunctions,
	itemIndex: number,
	label: string,
	got: unknown,
	[kind, hint]: [string, string],
) {
	return new NodeOperationError(context.getNode(), `"${label}" is not a valid ${kind}`, {
		itemIndex,
		description: `Got "${String(got)}" on item ${itemIndex}. ${hint}`,
	});
}

/** Check digit of the modulo-11 scheme CPF and CNPJ share. */
function checkDigit(digits: number[], weights: number[]): number {
	const sum = digits.reduce((total, digit, index) => total + digit * weights[index], 0);
	const rest = sum % 11;
	return rest < 2 ? 0 : 11 - rest;
}

function digitsOf(value: unknown, length: number, separators: RegExp): number[] | undefined {
	const text = String(value ?? '').trim();
	if (!separators.test(text)) return undefined;
	const digits = text.replace(/\D/g, '');
	// All-equal numbers (000.000.000-00, 11.111.111/1111-11…) pass the sums but are never issued.
	if (digits.length !== length || /^(\d)\1+$/.test(digits)) return undefined;
	return [...digits].map(Number);
}

const descending = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => from - index);

/** A CPF (11 digits, dots and dash optional) with valid check digits, sent as 000.000.000-00. */
export function isCpf(value: unknown): string | undefined {
	const digits = digitsOf(value, 11, /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/);
	if (digits === undefined) return undefined;
	const first = checkDigit(digits.slice(0, 9), descending(10, 9));
	const second = checkDigit(digits.slice(0, 10), descending(11, 10));
	if (digits[9] !== first || digits[10] !== second) return undefined;
	const text = digits.join('');
	return `${text.slice(0, 3)}.${text.slice(3, 6)}.${text.slice(6, 9)}-${text.slice(9)}`;
}

const CNPJ_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/** A CNPJ (14 digits, punctuation optional) with valid check digits, sent as 00.000.000/0000-00. */
export function isCnpj(value: unknown): string | undefined {
	const digits = digitsOf(value, 14, /^\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}$/);
	if (digits === undefined) return undefined;
	const first = checkDigit(digits.slice(0, 12), CNPJ_WEIGHTS.slice(1));
	const second = checkDigit(digits.slice(0, 13), CNPJ_WEIGHTS);
	if (digits[12] !== first || digits[13] !== second) return undefined;
	const text = digits.join('');
	return `${text.slice(0, 2)}.${text.slice(2, 5)}.${text.slice(5, 8)}/${text.slice(8, 12)}-${text.slice(12)}`;
}

/** A plate in the old (ABC1234) or Mercosul (ABC1D23) format, sent upper-case without a dash. */
export function isPlate(value: unknown): string | undefined {
	const text = String(value ?? '')
		.trim()
		.toUpperCase()
		.replace(/^([A-Z]{3})[-\s]/, '$1');
	return /^[A-Z]{3}\d[A-Z0-9]\d{2}$/.test(text) ? text : undefined;
}

/** Field rules for `apiFields`, bound to one item. */
export function brazilRules(context: IExecuteFunctions, itemIndex: number) {
	const rule =
		(check: (value: unknown) => string | undefined, expected: [string, string]) =>
		(label: string): FieldRule =>
		(value) => {
			const checked = check(value);
			if (checked === undefined) throw refuse(context, itemIndex, label, value, expected);
			return checked;
		};
	return {
		cpf: rule(isCpf, ['CPF', 'A CPF has 11 digits and its last two are check digits.']),
		cnpj: rule(isCnpj, ['CNPJ', 'A CNPJ has 14 digits and its last two are check digits.']),
		plate: rule(isPlate, ['plate', 'Use the format ABC1234, or ABC1D23 for Mercosul plates.']),
	};
}
