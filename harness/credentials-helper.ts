import { Credentials } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ICredentials,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeProperties,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Expression, ICredentialsHelper } from 'n8n-workflow';

export interface StoredCredential {
	id: string;
	name: string;
	type: string;
	data: ICredentialDataDecryptedObject;
}

function resolve(value: unknown, credentials: ICredentialDataDecryptedObject): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	return Expression.resolveWithoutWorkflow(value.slice(1), { $credentials: credentials });
}

function resolveAll(
	values: Record<string, unknown> | undefined,
	credentials: ICredentialDataDecryptedObject,
): IDataObject {
	return Object.fromEntries(
		Object.entries(values ?? {}).map(([key, value]) => [key, resolve(value, credentials)]),
	) as IDataObject;
}

/**
 * Stands in for n8n's CredentialsHelper (packages/cli) the way n8n uses it during an
 * execution: stored credentials by id, generic `authenticate`, `preAuthentication` when the
 * expirable field is empty or after a 401 (persisting what it returns), and OAuth2 token
 * updates. It records every update so tests can assert what was persisted.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	readonly updates: Array<{ id: string; data: ICredentialDataDecryptedObject }> = [];

	private readonly store = new Map<string, StoredCredential>();

	private readonly types = new Map<string, ICredentialType>();

	constructor(types: ICredentialType[], credentials: StoredCredential[]) {
		super();
		for (const type of types) this.types.set(type.name, type);
		for (const credential of credentials)
			this.store.set(credential.id, structuredClone(credential));
	}

	/** What is stored now for a credential (after any token refresh). */
	stored(id: string): ICredentialDataDecryptedObject {
		const credential = this.store.get(id);
		if (credential === undefined) throw new Error(`No test credential with id ${id}`);
		return structuredClone(credential.data);
	}

	getParentTypes(name: string): string[] {
		const parents = this.types.get(name)?.extends ?? [];
		return parents.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}

	isCredentialUsableByNode(credentialType: string, nodeType: string): boolean {
		const type = this.types.get(credentialType);
		return (
			type?.restrictToSupportedNodes !== true || (type.supportedNodes ?? []).includes(nodeType)
		);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions;
		const authenticate = this.types.get(typeName)?.authenticate;
		if (authenticate === undefined) return options;
		if (typeof authenticate === 'function') return await authenticate(credentials, options);
		const { headers, qs, body, auth } = authenticate.properties;
		return {
			...options,
			headers: { ...options.headers, ...resolveAll(headers, credentials) },
			qs: { ...options.qs, ...resolveAll(qs, credentials) },
			...(body === undefined
				? {}
				: { body: { ...(options.body as object), ...resolveAll(body, credentials) } }),
			...(auth === undefined
				? {}
				: {
						auth: resolveAll(
							auth as Record<string, unknown>,
							credentials,
						) as IHttpRequestOptions['auth'],
					}),
		};
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const expirable = this.types
			.get(typeName)
			?.properties.find((property) => property.typeOptions?.expirable === true);
		if (expirable === undefined) return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;
		const output = await this.runPreAuthentication(helpers, credentials, typeName);
		const nodeCredentials = node.credentials?.[typeName];
		if (output !== undefined && nodeCredentials?.id) {
			await this.updateCredentials(nodeCredentials, typeName, { ...credentials, ...output });
		}
		return output;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const preAuthentication = this.types.get(typeName)?.preAuthentication;
		if (preAuthentication === undefined) return undefined;
		return (await preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
	}

	async getCredentials(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentials> {
		const credential = new Credentials(
			{ id: nodeCredentials.id, name: nodeCredentials.name },
			type,
		);
		credential.setData(
			await this.getDecrypted({} as IWorkflowExecuteAdditionalData, nodeCredentials, type),
		);
		return credential;
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const credential = this.store.get(nodeCredentials.id ?? '');
		if (credential === undefined || credential.type !== type) {
			throw new Error(`No test credential "${nodeCredentials.id}" of type ${type}`);
		}
		const defaults = Object.fromEntries(
			this.getCredentialsProperties(type).map((property) => [property.name, property.default]),
		);
		return { ...defaults, ...structuredClone(credential.data) } as ICredentialDataDecryptedObject;
	}

	async updateCredentials(
		nodeCredentials: INodeCredentialsDetails,
		_type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const credential = this.store.get(nodeCredentials.id ?? '');
		if (credential === undefined) return;
		credential.data = structuredClone(data);
		this.updates.push({ id: credential.id, data: structuredClone(data) });
	}

	async updateCredentialsOauthTokenData(
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		const current = this.store.get(nodeCredentials.id ?? '')?.data ?? {};
		await this.updateCredentials(nodeCredentials, type, {
			...current,
			oauthTokenData: data.oauthTokenData,
		});
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const own = this.types.get(type);
		if (own === undefined) return [];
		const inherited = (own.extends ?? []).flatMap((parent) =>
			this.getCredentialsProperties(parent),
		);
		const names = new Set(own.properties.map((property) => property.name));
		return [...inherited.filter((property) => !names.has(property.name)), ...own.properties];
	}
}
