/** What starting one vendor's sandbox gives back. */
export interface Sandbox {
	/** e.g. "sonar" */
	vendor: string;
	/** The API base URL to put in the credential, e.g. `http://127.0.0.1:41234/api/v1`. */
	baseUrl: string;
	/** n8n credential type name the `credentials` object is for, e.g. "sonarMarketingApi". */
	credentialType: string;
	/** The credential's fields, ready for n8n (`import:credentials`) or the test harness. */
	credentials: Record<string, string>;
	/** Other credentials the same sandbox serves (e.g. eGestor's OAuth2 next to its personal token). */
	alternatives?: Array<{ credentialType: string; credentials: Record<string, string> }>;
	/** Other demo data worth printing (seeded ids and so on). */
	notes?: Record<string, string>;
	stop(): Promise<void>;
}

/**
 * The order a sandbox lists records in, where the vendor's document does not say (or, for
 * Sonar Marketing, whose document says `sort` is honoured, a server ignoring it):
 * `oldest` first by creation, `newest` first, or `unstable` — an arbitrary order that is
 * shuffled again whenever the list changes. Unset: each sandbox's own order.
 */
export type ListOrder = 'oldest' | 'newest' | 'unstable';

export interface StartOptions {
	/** Port on 127.0.0.1; 0 (the default) picks a free one. */
	port?: number;
	/** The order of every paged list (see `ListOrder`). */
	listOrder?: ListOrder;
}
