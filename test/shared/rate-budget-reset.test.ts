import { RateBudget } from '../../nodes/shared/rate-budget';
import { T0 } from './probe';

/** An answer's rate headers: limit 100, the count left, and the reset as the vendor wrote it. */
const answer = (remaining: number, reset: string) => ({
	'X-RateLimit-Limit': '100',
	'X-RateLimit-Remaining': String(remaining),
	'X-RateLimit-Reset': reset,
});

describe('RateBudget: a reset in seconds counts from when the request was sent', () => {
	it('the window ends at the sending + the reset + the resolution + a tenth of the round trip, not a round trip later', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		// Sent at T0, answered 150 ms later: 0.850 s left when the vendor counted it.
		budget.release(answer(0, '0.850'), T0 + 150, T0);
		// T0 + 850 + 1 (ms resolution) + 15 (a tenth of 150): 716 ms from the answer.
		expect(budget.blockedFor(T0 + 150)).toBe(716);
		expect(budget.blockedFor(T0 + 865)).toBe(1);
		expect(budget.blockedFor(T0 + 866)).toBe(0);
	});

	it('without the sending time, from the answer as before', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		budget.release(answer(0, '0.850'), T0 + 150);
		expect(budget.blockedFor(T0 + 150)).toBe(850);
	});

	it('whole seconds may be rounded down: never earlier than a whole second after the sending, never later than from the answer', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		// "1" may mean 1.999 s: T0 + 1000 + 1000 + 15 is later than the answer's T0 + 1150.
		budget.release(answer(0, '1'), T0 + 150, T0);
		expect(budget.blockedFor(T0 + 150)).toBe(1000);
		const slow = new RateBudget();
		slow.reserve(T0);
		// A 3 s round trip: T0 + 1000 + 1000 + 300, before the answer's T0 + 4000.
		slow.release(answer(0, '1'), T0 + 3000, T0);
		expect(slow.blockedFor(T0 + 3000)).toBe(0);
		slow.release(answer(0, '2'), T0 + 3000, T0);
		expect(slow.blockedFor(T0 + 3000)).toBe(300);
	});

	it('answers of one window: the latest end and the lowest count hold', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		budget.reserve(T0 + 10);
		// The second request's answer first (count 3, end T0 + 10 + 880 + 1 + 16 = T0 + 907),
		// then the first's (count 4, end T0 + 900 + 1 + 15 = T0 + 916).
		budget.release(answer(3, '0.880'), T0 + 170, T0 + 10);
		budget.release(answer(4, '0.900'), T0 + 171, T0);
		// 3 left, paced over the 745 ms to T0 + 916: (916 − 171) ÷ (3 + 1).
		expect(budget.reserve(T0 + 171)).toBe(187);
		budget.release(answer(0, '0.700'), T0 + 400, T0 + 250);
		// T0 + 250 + 700 + 1 + 15 = T0 + 966: later, so it holds.
		expect(budget.blockedFor(T0 + 400)).toBe(566);
	});

	it('a request sent at the window end opens the next window: its count is not held down by the last one', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		budget.release(answer(0, '0.850'), T0 + 150, T0);
		expect(budget.blockedFor(T0 + 866)).toBe(0);
		// Renewed: every in-flight place is free until an answer shows the new count.
		for (let each = 0; each < 20; each++) expect(budget.reserve(T0 + 866)).toBe(0);
		budget.release(answer(99, '1.000'), T0 + 1016, T0 + 866);
		// The new window ends T0 + 866 + 1000 + 1 + 15 = T0 + 1882; 99 − 19 on their way: no wait.
		expect(budget.blockedFor(T0 + 1016)).toBe(0);
		expect(budget.reserve(T0 + 1016)).toBe(0);
	});

	it('a late answer of a window already over says nothing of the current one', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		budget.reserve(T0 + 840);
		budget.release(answer(1, '0.850'), T0 + 150, T0);
		budget.reserve(T0 + 866);
		// The new window's first answer (end T0 + 1882), then the old window's last (count 0,
		// end T0 + 840 + 10 + 1 + 18 = T0 + 869, far before it).
		budget.release(answer(99, '1.000'), T0 + 1016, T0 + 866);
		budget.release(answer(0, '0.010'), T0 + 1020, T0 + 840);
		expect(budget.blockedFor(T0 + 1020)).toBe(0);
		expect(budget.reserve(T0 + 1020)).toBe(0);
	});

	it('an answer showing an end a window later than the current one is a new window, even if sent before the estimated end', () => {
		const budget = new RateBudget();
		budget.reserve(T0);
		budget.reserve(T0 + 500);
		budget.release(answer(1, '0.850'), T0 + 150, T0);
		// The vendor renewed sooner than estimated: 98 left until T0 + 500 + 1000 + 1 + 15.
		budget.release(answer(98, '1.000'), T0 + 650, T0 + 500);
		expect(budget.blockedFor(T0 + 650)).toBe(0);
		expect(budget.reserve(T0 + 650)).toBe(0);
	});
});

describe('RateBudget: the last fifth of a window only this process spends', () => {
	const limitTen = (remaining: number, reset: string) => ({
		'X-RateLimit-Limit': '10',
		'X-RateLimit-Remaining': String(remaining),
		'X-RateLimit-Reset': reset,
	});

	it('goes without spreading while the count shows only its own requests, and waits for the end at 0', () => {
		const budget = new RateBudget();
		// Eight requests at T0, answered at T0 + 100 with the counts 9 … 2: all eight its own.
		for (let each = 0; each < 8; each++) expect(budget.reserve(T0)).toBe(0);
		for (let each = 0; each < 8; each++) budget.release(limitTen(9 - each, '0.900'), T0 + 100, T0);
		// 2 left, a fifth of 10: no spread, both go at once.
		expect(budget.reserve(T0 + 100)).toBe(0);
		expect(budget.reserve(T0 + 100)).toBe(0);
		// None left with both on their way: wait for the end (T0 + 900 + 1 + 10).
		expect(budget.blockedFor(T0 + 100)).toBe(811);
	});

	it('spreads the last fifth as before once the count shows requests of others', () => {
		const budget = new RateBudget();
		for (let each = 0; each < 5; each++) expect(budget.reserve(T0)).toBe(0);
		// Five of its own, but the count fell by 8: others spend the window too.
		for (let each = 0; each < 5; each++) budget.release(limitTen(6 - each, '0.900'), T0 + 100, T0);
		// 2 left: the 811 ms to the end spread over 2 + 1 requests, then one after the other.
		expect(budget.reserve(T0 + 100)).toBe(271);
		expect(budget.reserve(T0 + 100)).toBe(406);
	});

	it('counts its own requests anew in each window', () => {
		const budget = new RateBudget();
		for (let each = 0; each < 8; each++) budget.reserve(T0);
		for (let each = 0; each < 8; each++) budget.release(limitTen(9 - each, '0.900'), T0 + 100, T0);
		budget.reserve(T0 + 911);
		// The next window: its first answer already shows 8 spent, 1 of them its own.
		budget.release(limitTen(2, '1.000'), T0 + 1011, T0 + 911);
		// The 911 ms to T0 + 1922 spread over 2 + 1 requests.
		expect(budget.reserve(T0 + 1011)).toBe(304);
	});
});
