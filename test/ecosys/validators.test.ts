import { isCnpj, isCpf, isPlate } from '../../nodes/EcosysAuto/validators';

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
