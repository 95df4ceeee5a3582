import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeParameterResourceLocator,
} from 'n8n-workflow';

/** One request an operation asked n8n to send (nothing is sent). */
interface RecordedRequest {
	credentialType: string;
	options: IHttpRequestOptions;
}

/**
 * A lightweight stand-in for n8n's IExecuteFunctions, enough to drive an operation's
 * `execute(itemIndex)`: parameters as given (dotted names read nested values, resource
 * locators give their value with `extractValue`), the credential's data, and an
 * `httpRequestWithAuthentication` that records the request and answers `answer`.
 */
export function fakeContext(options: {
	nodeType: string;
	credentialType: string;
	credentialData: IDataObject;
	parameters: IDataObject;
	answer: { status: number; body: unknown };
}): { context: IExecuteFunctions; requests: RecordedRequest[] } {
	const requests: RecordedRequest[] = [];
	const node: INode = {
		id: 'fuzz',
		name: 'Fuzz',
		type: options.nodeType,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [options.credentialType]: { id: 'fuzz-credential', name: 'fuzz' } },
	};
	const parameter = (name: string): unknown => {
		let value: unknown = options.parameters;
		for (const part of name.split('.')) {
			value =
				typeof value === 'object' && value !== null ? (value as IDataObject)[part] : undefined;
		}
		return value;
	};
	const context = {
		getNode: () => node,
		getInputData: () => [{ json: {} }],
		continueOnFail: () => false,
		getCredentials: async () => options.credentialData,
		getNodeParameter: (
			name: string,
			_itemIndex: number,
			fallback?: unknown,
			extra?: { extractValue?: boolean },
		) => {
			const value = parameter(name);
			if (value === undefined) return fallback;
			if (
				extra?.extractValue === true &&
				typeof value === 'object' &&
				value !== null &&
				(value as INodeParameterResourceLocator).__rl === true
			) {
				return (value as INodeParameterResourceLocator).value;
			}
			return value;
		},
		helpers: {
			httpRequestWithAuthentication: async (
				credentialType: string,
				request: IHttpRequestOptions,
			) => {
				requests.push({ credentialType, options: request });
				return { statusCode: options.answer.status, headers: {}, body: options.answer.body };
			},
		},
	} as unknown as IExecuteFunctions;
	return { context, requests };
}
