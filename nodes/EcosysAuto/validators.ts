import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldRule } from '../shared/validate';
import { invalid } from '../shared/validate';

/**
 * Brazilian document and plate checks, run before a request. The format (how many digits,
 * which characters) is refused when wrong, so a typo fails clearly. Check digits and the plate
 * patterns only warn: Ecosys Auto's quickstart shows the CPF 123.456.789-00 (wrong check
 * digits) accepted with a 201, so the API does not verify them and neither may we.
 */

/** The outcome of one check: the value to send, or why it cannot be sent; and a warning. */
interface Checked {
	/** The value to send (normalised), or undefined when the format is wrong. */
	value?: string;
	/** Set when the format is right but the value is probably wrong (it is still sent). */
	warning?: string;
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
	return digits.length === length ? [...digits].map(Number) : undefined;
}

const descending = (from: number, count: number) =>
	Array.from({ length: count }, (_, index) => from - index);

/** Why a number with the right format is still suspect, if it is. */
function suspicion(digits: number[], expected: [number, number]): string | undefined {
	const [first, second] = expected;
	const last = digits.length;
	// All-equal numbers (000.000.000-00, 11.111.111/1111-11…) pass the sums but are never issued.
	if (digits.every((digit) => digit === digits[0])) {
		return 'has all digits equal, which is never issued; it was sent as given';
	}
	if (digits[last - 2] !== first || digits[last - 1] !== second) {
		return `has check digits ${digits[last - 2]}${digits[last - 1]} where ${first}${second} was expected; it was sent as given`;
	}
	return undefined;
}

/** A CPF: 11 digits (dots and dash optional), sent as 000.000.000-00; bad check digits warn. */
export function checkCpf(value: unknown): Checked {
	const digits = digitsOf(value, 11, /^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/);
	if (digits === undefined) return {};
	const first = checkDigit(digits.slice(0, 9), descending(10, 9));
	const second = checkDigit([...digits.slice(0, 9), first], descending(11, 10));
	const text = digits.join('');
	const formatted = `${text.slice(0, 3)}.${text.slice(3, 6)}.${text.slice(6, 9)}-${text.slice(9)}`;
	const why = suspicion(digits, [first, second]);
	return { value: formatted, warning: why && `CPF ${formatted} ${why}` };
}

const CNPJ_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

/** A CNPJ: 14 digits (punctuation optional), sent as 00.000.000/0000-00; bad check digits warn. */
export function checkCnpj(value: unknown): Checked {
	const digits = digitsOf(value, 14, /^\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}$/);
	if (digits === undefined) return {};
	const first = checkDigit(digits.slice(0, 12), CNPJ_WEIGHTS.slice(1));
	const second = checkDigit([...digits.slice(0, 12), first], CNPJ_WEIGHTS);
	const text = digits.join('');
	const formatted = `${text.slice(0, 2)}.${text.slice(2, 5)}.${text.slice(5, 8)}/${text.slice(8, 12)}-${text.slice(12)}`;
	const why = suspicion(digits, [first, second]);
	return { value: formatted, warning: why && `CNPJ ${formatted} ${why}` };
}

/**
 * A plate: 7 letters and digits (a dash or space after the first three allowed), sent
 * upper-case without it. Neither the old (ABC1234) nor the Mercosul (ABC1D23) pattern: warns.
 */
export function checkPlate(value: unknown): Checked {
	const text = String(value ?? '')
		.trim()
		.toUpperCase()
		.replace(/^([A-Z0-9]{3})[-\s]/, '$1');
	if (!/^[A-Z0-9]{7}$/.test(text)) return {};
	if (/^[A-Z]{3}\d[A-Z0-9]\d{2}$/.test(text)) return { value: text };
	return {
		value: text,
		warning: `Plate ${text} is neither the old format (ABC1234) nor the Mercosul format (ABC1D23); it was sent as given`,
	};
}

/** A valid CPF formatted for sending, or undefined (wrong format or check digits). */
export const isCpf = (value: unknown): string | undefined => {
	const { value: sent, warning } = checkCpf(value);
	return warning === undefined ? sent : undefined;
};

/** A valid CNPJ formatted for sending, or undefined (wrong format or check digits). */
export const isCnpj = (value: unknown): string | undefined => {
	const { value: sent, warning } = checkCnpj(value);
	return warning === undefined ? sent : undefined;
};

/** A plate in the old or Mercosul pattern, as sent, or undefined. */
export const isPlate = (value: unknown): string | undefined => {
	const { value: sent, warning } = checkPlate(value);
	return warning === undefined ? sent : undefined;
};

/**
 * Field rules for `apiFields`, bound to one item: a wrong format is refused (naming the field
 * and the item), a suspect value is sent and its warning added to `warnings`.
 */
export function brazilRules(context: IExecuteFunctions, itemIndex: number, warnings: string[]) {
	const rule =
		(check: (value: unknown) => Checked, refusal: (label: string, value: unknown) => Error) =>
		(label: string): FieldRule =>
		(value) => {
			const checked = check(value);
			if (checked.value === undefined) throw refusal(label, value);
			if (checked.warning !== undefined) warnings.push(checked.warning);
			return checked.value;
		};
	return {
		cpf: rule(checkCpf, (label, value) =>
			invalid(
				context,
				itemIndex,
				`"${label}" is not a valid CPF`,
				`Got "${String(value)}" on item ${itemIndex}. A CPF has 11 digits, e.g. 123.456.789-09 or 12345678909.`,
			),
		),
		cnpj: rule(checkCnpj, (label, value) =>
			invalid(
				context,
				itemIndex,
				`"${label}" is not a valid CNPJ`,
				`Got "${String(value)}" on item ${itemIndex}. A CNPJ has 14 digits, e.g. 11.222.333/0001-81 or 11222333000181.`,
			),
		),
		plate: rule(checkPlate, (label, value) =>
			invalid(
				context,
				itemIndex,
				`"${label}" is not a valid plate`,
				`Got "${String(value)}" on item ${itemIndex}. A plate has 7 letters and digits, e.g. ABC1234 or the Mercosul ABC1D23.`,
			),
		),
	};
}
