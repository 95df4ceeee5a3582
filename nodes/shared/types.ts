import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	INodeProperties,
	IPollFunctions,
	NodeApiError,
} from 'n8n-workflow';

/** Any n8n context that may send an authenticated request. */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** A context an operation's request is sent from: a node's execute, or its load options. */
export type ClientContext = IExecuteFunctions | ILoadOptionsFunctions;

/**
 * What sending the request twice would do, which decides whether it may be sent again after
 * an ambiguous failure (a 5xx, a timeout, a connection lost after sending):
 * - `read`: nothing changes (GET, or a search sent as POST);
 * - `idempotent`: the second leaves the record as the first did (an update that sets fields,
 *   a delete);
 * - `additive`: the effect adds up (a create, a payment, a stage move, a mark): never re-sent
 *   after an ambiguous failure, only after a 429 or when it provably never left.
 * Without one, GET/HEAD/OPTIONS read, PUT/DELETE are idempotent, POST/PATCH add up; an
 * operation whose effect differs from its method's declares it.
 */
export type RequestEffect = 'read' | 'idempotent' | 'additive';

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** See `RequestEffect`; the method's usual effect when absent. */
	effect?: RequestEffect;
	/** Path below the vendor's base URL; build it with `pathOf` so ids are encoded. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
}

export interface ApiResponse {
	status: number;
	headers: Record<string, string | undefined>;
	body: unknown;
}

/** What the vendor said when it refused a request, in its own words. */
export interface VendorErrorDetails {
	message?: string;
	description?: string;
}

/** How a vendor lays out its list pages: data for `paginate`. */
export interface PageStrategy {
	/** Query parameter holding the page number. */
	pageParam: string;
	/** Query parameter holding the page size; absent when the vendor fixes the size. */
	sizeParam?: string;
	/** Largest page the vendor serves. */
	maxPageSize: number;
	/** The records of one page. */
	items(body: unknown): IDataObject[];
	/** The page to ask for after `page`, or undefined when `page` was the last. */
	nextPage(body: unknown, page: number): number | undefined;
	/** The page size a page says the server used (an unpaged read asks for the rest with it). */
	reportedSize?(body: unknown): unknown;
}

/**
 * What wraps the record in a vendor's successful answer (see `recordOf`):
 * - `none`: the body is the record;
 * - `success`: `{success, data}`, read once the body is known to be JSON, so text fails as
 *   "not JSON";
 * - `successStrict`: `{success, data}`, read from the body as it came, so whatever is not the
 *   envelope (text, an empty answer to a read) fails as "not its JSON envelope".
 */
export type Envelope = 'none' | 'success' | 'successStrict';

/**
 * Everything the shared core needs to know about one vendor. Each vendor folder has one
 * (`transport.ts`); the core itself never names a vendor.
 */
export interface VendorProfile {
	/** Shown in error messages, e.g. "Sonar Marketing". */
	displayName: string;
	/** The credential type the request is signed with (it may depend on a node parameter). */
	credentialType(context: RequestContext): string;
	/** The API base URL held by the credential. */
	baseUrl(credentials: ICredentialDataDecryptedObject): unknown;
	/** The vendor's own message out of an error body. */
	errorDetails(body: unknown): VendorErrorDetails;
	pagination: PageStrategy;
	/** Length of the vendor's rate window, used to pace when it reports a low budget. */
	rateWindowMs?: number;
	/** Per-request time limit; defaults to the core's. */
	timeoutMs?: number;
	/** What wraps the record in a successful answer; `none` when absent. */
	envelope?: Envelope;
	/**
	 * The effect a method has at this vendor whatever the operation declares, where it differs
	 * from the method's usual one (see `RequestEffect`).
	 */
	methodEffects?: Partial<Record<IHttpRequestMethods, RequestEffect>>;
	/**
	 * What every operation's path starts with below the base URL, read for each item (e.g. an
	 * account). The vendor's client adds it; polls and list searches add it themselves.
	 */
	pathPrefix?(context: RequestContext, itemIndex: number): Promise<string>;
	/** Adds what the vendor documents about a failure to the error of a client's request. */
	explainError?(error: NodeApiError, request: ApiRequest): void;
}

/** One operation of a resource: its fields and what it does for one input item. */
export interface Operation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject | IDataObject[]>;
}

/** resource → operation → implementation, as the router dispatches it. */
export type ResourceMap = Record<string, Record<string, Operation>>;
