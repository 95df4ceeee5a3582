import { fieldErrorText, textOf } from '../../nodes/shared/field-errors';

describe('fieldErrorText', () => {
	it.each([
		[
			{ cpfcnpj: ['CPF inválido', 'vazio'], nome: 'obrigatório' },
			'cpfcnpj: CPF inválido, vazio; nome: obrigatório',
		],
		[
			[{ field: 'email', message: 'formato inválido' }, 'status inválido'],
			'email: formato inválido; status inválido',
		],
		[[{ code: 7 }], '{"code":7}'],
		['  texto  ', 'texto'],
		[[], undefined],
		[{}, undefined],
		[null, undefined],
		['   ', undefined],
	])('%j → %j', (value, expected) => {
		expect(fieldErrorText(value)).toBe(expected);
	});

	it('textOf keeps only non-blank text', () => {
		expect([textOf(' a '), textOf(''), textOf(3)]).toEqual(['a', undefined, undefined]);
	});
});
