import {
	checkCnpj,
	checkCpf,
	checkPlate,
	isCnpj,
	isCpf,
	isPlate,
} from '../../nodes/EcosysAuto/validators';

describe('Ecosys Auto › Brazilian document and plate checks', () => {
	it.each([
		['12345678909', '123.456.789-09'],
		['529.982.247-25', '529.982.247-25'],
		[' 52998224725 ', '529.982.247-25'],
		['987.654.321-00', '987.654.321-00'], // the quickstart's second example, valid
	])('CPF %j is valid and sent as %s', (input, sent) => {
		expect(isCpf(input)).toBe(sent);
	});

	it.each([
		'123.456.789-00', // the quickstart's placeholder: wrong check digits
		'529.982.247-52',
		'000.000.000-00',
		'1234567890',
		'123456789012',
		'123.456.789/09',
		'abc.def.ghi-jk',
		'',
	])('CPF %j is refused', (input) => {
		expect(isCpf(input)).toBeUndefined();
	});

	it.each([
		['11222333000181', '11.222.333/0001-81'],
		['11.444.777/0001-61', '11.444.777/0001-61'],
	])('CNPJ %j is valid and sent as %s', (input, sent) => {
		expect(isCnpj(input)).toBe(sent);
	});

	it.each(['11.222.333/0001-80', '11.111.111/1111-11', '1122233300018', '11.222.333.0001-81'])(
		'CNPJ %j is refused',
		(input) => {
			expect(isCnpj(input)).toBeUndefined();
		},
	);

	it.each([
		['ABC1D23', 'ABC1D23'],
		['abc1d23', 'ABC1D23'],
		['ABC-1234', 'ABC1234'],
		['abc 1234', 'ABC1234'],
	])('plate %j is valid and sent as %s', (input, sent) => {
		expect(isPlate(input)).toBe(sent);
	});

	it.each(['AB1234', 'ABCD123', 'ABC12D3', 'ABC1D2', '1BC1234', 'ABC--1234', ''])(
		'plate %j is refused',
		(input) => {
			expect(isPlate(input)).toBeUndefined();
		},
	);
});

describe('Ecosys Auto › format refused, check digits and patterns only warned', () => {
	it.each([
		// The quickstart's own CPF (answered with a 201): sent, with a warning.
		[
			checkCpf,
			'123.456.789-00',
			{
				value: '123.456.789-00',
				warning:
					'CPF 123.456.789-00 has check digits 00 where 09 was expected; it was sent as given',
			},
		],
		[checkCpf, '12345678909', { value: '123.456.789-09', warning: undefined }],
		[
			checkCpf,
			'000.000.000-00',
			{
				value: '000.000.000-00',
				warning:
					'CPF 000.000.000-00 has all digits equal, which is never issued; it was sent as given',
			},
		],
		[checkCpf, '1234567890', {}],
		[checkCpf, '123.456.789/09', {}],
		[checkCnpj, '11222333000181', { value: '11.222.333/0001-81', warning: undefined }],
		[
			checkCnpj,
			'11.222.333/0001-80',
			{
				value: '11.222.333/0001-80',
				warning:
					'CNPJ 11.222.333/0001-80 has check digits 80 where 81 was expected; it was sent as given',
			},
		],
		[checkCnpj, '1122233300018', {}],
		[checkPlate, 'abc-1d23', { value: 'ABC1D23' }],
		[
			checkPlate,
			'ABCD123',
			{
				value: 'ABCD123',
				warning:
					'Plate ABCD123 is neither the old format (ABC1234) nor the Mercosul format (ABC1D23); it was sent as given',
			},
		],
		[checkPlate, 'AB1234', {}],
		[checkPlate, 'ABC12345', {}],
	])('%p(%j) → %j', (check, input, expected) => {
		expect(check(input)).toEqual(expected);
	});
});
