import { NodeApiError, sleep } from 'n8n-workflow';

import type { Failure, FailureScope } from './failure';
import { vendorError } from './failure';
import type { RateBudget } from './rate-budget';
import { headerValue } from './rate-budget';
import type { VendorProfile } from './types';

/** Retry and wait bounds shared by every vendor. */
export const retryPolicy = {
	/** Attempts in all, the first one included. */
	maxAttempts: 4,
	/** First backoff step; doubles each attempt, with full jitter. */
	baseDelayMs: 1_000,
	/** No single wait may be longer than this (or than the vendor's documented rate window). */
	maxWaitMs: 30_000,
	/** All backoff waits of one request together may not exceed this. */
	totalWaitMs: 60_000,
	/**
	 * All rate waits (pacing, 429 holds) of one request together: this many of the vendor's
	 * documented windows (at least totalWaitMs); see `rateWaitBounds`.
	 */
	rateWindows: 3,
	/** 429s one request may get before it gives up. */
	maxThrottled: 10,
	timeoutMs: 30_000,
};

/** Retry-After as seconds or as an HTTP date, in milliseconds from now. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
	if (value === undefined || value.trim() === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function backoffMs(attempt: number): number {
	const ceiling = Math.min(retryPolicy.maxWaitMs, retryPolicy.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/**
 * How long one request may wait for a vendor's rate limit: no single wait longer than the
 * vendor's documented window (at least `maxWaitMs`), and all waits of one request (pacing,
 * 429 holds) together no more than `rateWindows` windows (at least `totalWaitMs`).
 */
function rateWaitBounds(vendor: VendorProfile): { one: number; all: number } {
	const windowMs = vendor.rateWindowMs ?? 0;
	return {
		one: Math.max(retryPolicy.maxWaitMs, windowMs),
		all: Math.max(retryPolicy.totalWaitMs, retryPolicy.rateWindows * windowMs),
	};
}

const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * The waits of one request, its attempts included: for room in the credential's rate budget
 * before each attempt, and after a failure that may be retried; each within `retryPolicy`,
 * past which the request gives up with an error saying why.
 */
export class RequestWaits {
	/** Waits for pacing and 429 holds, all of this request's together. */
	private rateWaited = 0;

	/** Backoff waits after failures other than a 429 that says how long. */
	private backedOff = 0;

	private failures = 0;

	private throttled = 0;

	/** This request's last 429: a later "used up" error carries the vendor's own answer. */
	private lastThrottle?: Failure;

	private readonly bounds: { one: number; all: number };

	/** When the request's last attempt left, as far as this process can tell (after `reserve`). */
	sentAt?: number;

	constructor(
		private readonly scope: FailureScope,
		private readonly budget: RateBudget,
	) {
		this.bounds = rateWaitBounds(scope.vendor);
	}

	/** Waits until the credential's budget has room, then takes a place in it. */
	async reserve(): Promise<void> {
		const { budget, bounds } = this;
		const name = this.scope.vendor.displayName;
		// What this request has waited counts as passed even if the clock says less (a
		// timer may fire a little early), so one wait is never waited twice.
		let now = Date.now();
		for (;;) {
			const blocked = budget.blockedFor(now);
			if (blocked <= 0) break;
			const held = budget.hold > now;
			if (held && blocked > bounds.one) {
				throw this.usedUp(
					`${name} refused an earlier request with HTTP 429 and asked to wait ${seconds(blocked)} s, longer than the ${bounds.one / 1000} s this node waits; run it again after that time.`,
				);
			}
			if (held && this.rateWaited + blocked > bounds.all) {
				throw this.usedUp(
					`This item already waited ${seconds(this.rateWaited)} s for the rate limit, and waits ${bounds.all / 1000} s at most in all; run fewer executions at once on this credential, or run it again after that time.`,
				);
			}
			// A forecast past the bounds is left to the vendor to confirm (a 429 says how long).
			if (!held && (blocked > bounds.one || this.rateWaited + blocked > bounds.all)) break;
			this.rateWaited += blocked;
			await sleep(blocked);
			now = Math.max(Date.now(), now + blocked);
		}
		const pace = budget.reserve(now);
		if (pace > 0 && pace <= bounds.one && this.rateWaited + pace <= bounds.all) {
			this.rateWaited += pace;
			await sleep(pace);
		}
		// The clock as it is (not `now`, which counts waits as passed): a reset the vendor
		// states in seconds from its answer is counted from here, so this must not be early.
		this.sentAt = Date.now();
	}

	/**
	 * After a failure that may be retried: waits before attempt `attempt + 1`, or throws the
	 * item's error when the request has had all its attempts or waits.
	 */
	async backOff(failure: Failure, attempt: number, now: number): Promise<void> {
		const asked = retryAfterMs(headerValue(failure.headers, 'retry-after'), now);
		if (failure.status === 429) {
			this.afterThrottle(failure, attempt, now, asked);
			return;
		}
		await sleep(this.nextBackoff(failure, attempt, now, asked));
	}

	/**
	 * A 429 is not processed: wait as long as the vendor needs, within the bounds. The hold is
	 * the whole process's (the next `reserve` waits for it), set even when this item gives up.
	 */
	private afterThrottle(failure: Failure, attempt: number, now: number, asked?: number): void {
		this.throttled++;
		this.lastThrottle = failure;
		const known = this.budget.throttled(now, asked);
		if (known === undefined) {
			// No word on when the budget renews (no Retry-After, no count): back off like any
			// other failure, within the same attempts and total wait.
			this.budget.holdUntil(now + this.nextBackoff(failure, attempt, now));
			return;
		}
		this.budget.holdUntil(now + known);
		if (known > this.bounds.one) throw this.tooLong(failure, now, known, this.bounds.one);
		if (this.throttled >= retryPolicy.maxThrottled) throw this.gaveUp(failure, attempt);
	}

	/** Counts a failure and returns the wait before the next attempt (`asked`, else a backoff step). */
	private nextBackoff(failure: Failure, attempt: number, now: number, asked?: number): number {
		this.failures++;
		const delay = asked ?? backoffMs(this.failures);
		if (asked !== undefined && asked > retryPolicy.maxWaitMs) {
			throw this.tooLong(failure, now, asked, retryPolicy.maxWaitMs);
		}
		if (
			this.failures >= retryPolicy.maxAttempts ||
			this.backedOff + delay > retryPolicy.totalWaitMs
		) {
			throw this.gaveUp(failure, attempt);
		}
		this.backedOff += delay;
		return delay;
	}

	private gaveUp(failure: Failure, attempt: number): NodeApiError {
		return vendorError(this.scope, failure, `Gave up after ${attempt} attempts.`);
	}

	private tooLong(failure: Failure, now: number, wait: number, bound: number): NodeApiError {
		return vendorError(
			this.scope,
			failure,
			`${this.scope.vendor.displayName} asked to wait ${seconds(wait)} s (until ${new Date(now + wait).toISOString()}), longer than the ${bound / 1000} s this node waits; run it again after that time.`,
		);
	}

	/** The rate limit is used up for longer than this request may wait. */
	private usedUp(note: string): NodeApiError {
		if (this.lastThrottle !== undefined) return vendorError(this.scope, this.lastThrottle, note);
		const { context, vendor, itemIndex } = this.scope;
		return new NodeApiError(
			context.getNode(),
			{},
			{
				message: `${vendor.displayName}'s rate limit is used up until ${new Date(this.budget.hold).toISOString()}`,
				description: note,
				itemIndex,
			},
		);
	}
}
