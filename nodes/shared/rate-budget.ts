/**
 * What one n8n process knows of one credential's rate budget at a vendor, shared by every
 * item and every execution of the process that uses the credential. It holds no secret.
 *
 * Several processes (n8n queue mode: one main, N workers) may use the same credential and
 * none can see the others. What they all see is the vendor's own count: every answer's
 * `X-RateLimit-Remaining` is the budget left for everyone, at that moment. So the budget:
 * - takes `X-RateLimit-Remaining` as the shared truth, less this process's requests still
 *   on their way (their answers will lower it);
 * - spends freely while more than a fifth of the limit is left (the margin leaves room for
 *   requests the other processes have on their way), and in the last fifth spreads what is
 *   left over the time left in the window, one request of this process at a time. With N
 *   processes pacing on the same count, the count left falls as (time left)^N: it reaches
 *   zero only as the window ends, so the processes share the rest without a race. Where the
 *   vendor states the window's end and its count shows no request but this process's in the
 *   window, nobody shares it: the process spends it to the end without spreading (a spread
 *   holds the last fifth back until the window's end, a loss when the run ends in it);
 * - with nothing left, waits for the window to renew;
 * - after a 429 holds every request of the process until the vendor's stated time
 *   (Retry-After), else until the window's end, else for a backoff step.
 * The window's end is the vendor's reset time when it sends one (X-RateLimit-Reset). A vendor
 * that documents only the window's length (eGestor: 60 a minute, no reset time) gets it
 * estimated from what the answers show: when the count left jumps up, a new window began at
 * the latest when that answer arrived, so it ends at the latest one window later. The
 * estimate is never early, so a process never takes a window as renewed when it is not.
 */

/** Parsed `X-RateLimit-*` headers of one answer. */
export interface RateReport {
	limit: number;
	remaining: number;
	/** When the vendor's budget renews, if it said (epoch ms). */
	resetAt?: number;
}

/** A report with a reset time, and how far apart two answers of one window may put it (ms). */
interface ResetReport extends RateReport {
	resetAt: number;
	uncertainty: number;
}

/** A header's value whatever the case of its name (`name` in lower case). */
export function headerValue(
	headers: Record<string, string | undefined>,
	name: string,
): string | undefined {
	const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	return value === undefined ? undefined : String(value);
}

/**
 * The budget an answer reports, or undefined when it reports none (or nonsense). A reset
 * given in seconds from now counts from when the vendor answered, somewhere between the
 * request's sending (`sentAt`) and its answer's arrival (`now`). Taken from the arrival, the
 * window's end is late by a round trip (every window of a run loses one); taken from the
 * sending, it is as late as the vendor's counter saw it, and a request sent then reaches the
 * counter no sooner than the one that reported it did. So the end is counted from the sending
 * plus a tenth of the round trip (a request a little faster than this one), and rounded up to
 * the header's resolution (a whole-second value may have been rounded down): never later than
 * counted from the arrival, which is what is used when the sending is not known.
 */
function rateReportOf(
	headers: Record<string, string | undefined>,
	now: number,
	sentAt = now,
): RateReport | ResetReport | undefined {
	const remaining = Number(headerValue(headers, 'x-ratelimit-remaining'));
	const limit = Number(headerValue(headers, 'x-ratelimit-limit'));
	if (!Number.isFinite(remaining) || !Number.isFinite(limit) || limit <= 0) return undefined;
	const text = headerValue(headers, 'x-ratelimit-reset')?.trim() ?? '';
	const reset = Number(text);
	const counted = { limit, remaining: Math.max(0, remaining) };
	if (text !== '' && Number.isFinite(reset) && reset > 0) {
		// Vendors send either seconds until the reset or the reset time as epoch seconds.
		if (reset > 1e9) return { ...counted, resetAt: reset * 1000, uncertainty: 1000 };
		const decimals = /\.(\d+)$/.exec(text)?.[1].length ?? 0;
		const resolution = 1000 / 10 ** Math.min(3, decimals);
		const sent = Math.min(sentAt, now);
		const resetMs = Math.ceil(Math.round(reset * 1e6) / 1000);
		const fromSending = sent + resetMs + resolution + Math.ceil((now - sent) / 10);
		const resetAt = Math.ceil(Math.min(now + resetMs, fromSending));
		return { ...counted, resetAt, uncertainty: resolution + now - sent };
	}
	return counted;
}

/**
 * How long to wait before the next request so a reported budget lasts: nothing while more
 * than a fifth of it is left, then the time left in the window spread over the requests
 * left (and the one asking).
 */
export function paceDelay(
	remaining: number,
	limit: number,
	windowEnd: number | undefined,
	now: number,
) {
	if (remaining > limit / 5 || windowEnd === undefined || windowEnd <= now) return 0;
	return Math.ceil((windowEnd - now) / (Math.max(0, remaining) + 1));
}

export class RateBudget {
	/** The vendor's count as last seen (the lowest seen in the current window). */
	private report?: RateReport;

	/** When the vendor's current window ends, at the latest (epoch ms). */
	private windowEnd?: number;

	/** Requests of this process reserved or on their way. */
	private inFlight = 0;

	/** The most requests of this process on their way at once since none was. */
	private overlap = 0;

	/** When the request that opened the current window was sent (reported reset times). */
	private windowOpenedAt = 0;

	/** Answers to this process's requests in the current window (reported reset times). */
	private ownInWindow = 0;

	/** Nobody sends before this (set by a 429). */
	private heldUntil = 0;

	/** Start of the next paced request: paced requests of this process go in turn. */
	private nextPacedAt = 0;

	/** When this process's requests of the last window came back (with a known window). */
	private finished: number[] = [];

	constructor(
		/** The vendor's documented window length, when it documents one. */
		readonly windowMs?: number,
	) {}

	/** Until when a 429 holds every request (0: no hold). */
	get hold(): number {
		return this.heldUntil;
	}

	/** This process's requests that came back less than a window ago, oldest first. */
	private recent(now: number): number[] {
		const windowMs = this.windowMs;
		if (windowMs === undefined) return [];
		// Oldest first: drop the expired from the front, with no copy when none has expired
		// (a copy on every answer cost eGestor's profile a third of the pack's own time).
		let expired = 0;
		while (expired < this.finished.length && this.finished[expired] + windowMs <= now) expired++;
		if (expired > 0) this.finished.splice(0, expired);
		return this.finished;
	}

	/**
	 * The budget left for everyone as far as this process knows, before its own requests on
	 * their way, and until when that count holds.
	 */
	private left(
		now: number,
	): { remaining: number; limit: number; until?: number; renewed?: boolean } | undefined {
		const report = this.report;
		if (report === undefined) return undefined;
		if (this.windowEnd === undefined || now < this.windowEnd) {
			return { remaining: report.remaining, limit: report.limit, until: this.windowEnd };
		}
		// The window has renewed (its latest end is past) and no answer has shown the new
		// count yet. A vendor counting over a sliding window may still count this process's
		// requests of the last window, so those are taken as spent until an answer tells;
		// what is left goes without pacing (the first answer brings the real count).
		const remaining =
			this.windowMs === undefined ? report.limit : report.limit - this.recent(now).length;
		return { remaining, limit: report.limit, renewed: true };
	}

	/**
	 * How long a request must wait for the budget itself: the 429 hold, or the window's
	 * renewal when nothing is left. 0 when it may be paced and sent.
	 */
	blockedFor(now: number): number {
		if (this.heldUntil > now) return this.heldUntil - now;
		const left = this.left(now);
		if (left === undefined || (left.until === undefined && left.renewed !== true)) return 0;
		const over = this.inFlight - left.remaining;
		if (over < 0) return 0;
		if (left.renewed !== true && left.until !== undefined) return left.until - now;
		if (this.windowMs === undefined) return 0;
		// Renewed, but this process's own requests of the last window fill it: wait until
		// enough of them leave it, looking again after one request's share of the window
		// (an answer on its way may bring the new window's count sooner).
		const leaving = this.recent(now);
		const share = Math.ceil(this.windowMs / left.limit);
		return over < leaving.length
			? Math.max(1, Math.min(share, leaving[over] + this.windowMs - now))
			: share;
	}

	/**
	 * Whether the vendor's count of the current window (stated end) is all this process's:
	 * no more spent than its answers in the window and its requests on their way.
	 */
	private alone(remaining: number, limit: number, ahead: number): boolean {
		if (this.report?.resetAt === undefined) return false;
		return limit - remaining <= this.ownInWindow + ahead;
	}

	/**
	 * Takes a place for one request now and returns how long it must wait to keep to the
	 * pace (0: send at once). The place counts as on its way until `release`.
	 */
	reserve(now: number): number {
		const left = this.left(now);
		const ahead = this.inFlight;
		this.inFlight++;
		this.overlap = Math.max(this.overlap, this.inFlight);
		if (left === undefined) return 0;
		if (this.alone(left.remaining, left.limit, ahead)) return 0;
		const pace = paceDelay(left.remaining - ahead, left.limit, left.until, now);
		if (pace === 0) return 0;
		const start = Math.max(now + pace, this.nextPacedAt);
		this.nextPacedAt = start;
		return start - now;
	}

	/**
	 * A request came back (any answer, or none): what the vendor reported with it. `sentAt`:
	 * when the request was sent, if known (a reset in seconds counts from about then).
	 */
	release(headers: Record<string, string | undefined>, now: number, sentAt?: number): void {
		// Answers of requests that were on their way together may arrive in any order.
		const reordered = Math.max(0, this.overlap - 1);
		this.inFlight = Math.max(0, this.inFlight - 1);
		if (this.inFlight === 0) this.overlap = 0;
		if (this.windowMs !== undefined) this.recent(now).push(now);
		const report = rateReportOf(headers, now, sentAt);
		if (report === undefined) return;
		const previous = this.report;
		if (report.resetAt !== undefined) {
			this.releaseWithReset(report as ResetReport, sentAt ?? now);
			return;
		}
		if (this.windowMs === undefined) {
			this.report = report;
			return;
		}
		// Only a count higher than reordered answers can explain shows a new window.
		const renewed =
			previous === undefined ||
			this.windowEnd === undefined ||
			now >= this.windowEnd ||
			report.remaining > previous.remaining + reordered;
		if (renewed) {
			this.report = report;
			this.windowEnd = now + this.windowMs;
		} else {
			this.report = { ...report, remaining: Math.min(previous.remaining, report.remaining) };
		}
	}

	/**
	 * An answer that says when its window ends. A request sent after the current window's
	 * end, or an end later than the current one by more than the answer's uncertainty (its
	 * round trip and the header's resolution), opens a new window. A request sent before the
	 * current window opened whose end is earlier by as much is a late answer from a window
	 * already over: its count says nothing of this one. Otherwise the answer is of the current
	 * window: its lowest count holds, and its latest end.
	 */
	private releaseWithReset(report: ResetReport, sentAt: number): void {
		const previous = this.report;
		const end = this.windowEnd;
		const uncertain = report.uncertainty;
		if (
			previous?.resetAt === undefined ||
			end === undefined ||
			sentAt >= end ||
			report.resetAt > end + uncertain
		) {
			this.report = report;
			this.windowEnd = report.resetAt;
			this.windowOpenedAt = sentAt;
			this.ownInWindow = 1;
			return;
		}
		if (sentAt < this.windowOpenedAt && report.resetAt < end - uncertain) return;
		this.ownInWindow++;
		this.report = { ...report, remaining: Math.min(previous.remaining, report.remaining) };
		this.windowEnd = Math.max(end, report.resetAt);
	}

	/**
	 * A 429: how long to wait before sending again — the vendor's Retry-After, else the end
	 * of a window with nothing left, else undefined (no evidence: back off). Call after
	 * `release` with the 429's headers.
	 */
	throttled(now: number, retryAfter: number | undefined): number | undefined {
		if (retryAfter !== undefined) {
			// The vendor said when its budget renews: a sharper window end than any estimate.
			if (
				this.report !== undefined &&
				this.report.remaining <= 0 &&
				this.report.resetAt === undefined
			) {
				this.windowEnd = now + retryAfter;
			}
			return retryAfter;
		}
		if (this.report === undefined || this.report.remaining > 0) return undefined;
		if (this.windowEnd !== undefined && this.windowEnd > now) return this.windowEnd - now;
		// The count says nothing is left although the window should have renewed: wait a
		// whole window, after which any window has.
		return this.windowMs;
	}

	/** Holds every request of the process until `until`. */
	holdUntil(until: number): void {
		this.heldUntil = Math.max(this.heldUntil, until);
	}
}

const budgets = new Map<string, RateBudget>();

/** The process's budget for one credential (key: credential type and id, no secret). */
export function rateBudgetOf(key: string, windowMs: number | undefined): RateBudget {
	let budget = budgets.get(key);
	if (budget === undefined) {
		budget = new RateBudget(windowMs);
		budgets.set(key, budget);
	}
	return budget;
}

/** Forgets every rate budget seen (tests start from a clean slate). */
export function resetRateBudgets(): void {
	budgets.clear();
}
