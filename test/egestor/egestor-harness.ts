import nock from 'nock';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject } from 'n8n-workflow';

import { EGestorApi } from '../../credentials/EGestorApi.credentials';
import { EGestorOAuth2Api } from '../../credentials/EGestorOAuth2Api.credentials';
import { EGestor } from '../../nodes/EGestor/EGestor.node';
import type { WorkflowNode } from '../../harness/run-workflow';
import { WorkflowHarness } from '../../harness/run-workflow';
import { listEnvelope } from '../../sandbox/contracts/egestor';

export { bodiesSeen } from '../harness/vendor-kit';

export const ORIGIN = 'https://egestor.test';
export const BASE = `${ORIGIN}/api/v1`;
export const TOKEN_PATH = '/api/oauth/access_token';
export const PERSONAL_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.personal.signature';
export const ACCESS = 'access-1';

/** Just enough of n8n's OAuth2 base credential for n8n-core's OAuth2 request path. */
export class OAuth2Api implements ICredentialType {
	name = 'oAuth2Api';
	displayName = 'OAuth2';
	properties = ['grantType', 'accessTokenUrl', 'clientId', 'clientSecret', 'authentication'].map(
		(name) => ({ displayName: name, name, type: 'string' as const, default: '' }),
	);
}

export const PERSONAL_ID = 'egestor-personal';
export const OAUTH_ID = 'egestor-oauth';

interface KitOptions {
	/** The stored access token of the personal-token credential ('' forces an exchange). */
	accessToken?: string;
	oauthTokenData?: IDataObject;
	/** Fields replaced in both credentials (e.g. an http:// Access Token URL). */
	overrides?: IDataObject;
}

/** A harness holding the eGestor node and both eGestor credentials. */
export function eGestorHarness({
	accessToken = ACCESS,
	oauthTokenData = { access_token: ACCESS, refresh_token: 'refresh-1', token_type: 'Bearer' },
	overrides = {},
}: KitOptions = {}): WorkflowHarness {
	const personal: ICredentialDataDecryptedObject = {
		personalToken: PERSONAL_TOKEN,
		baseUrl: BASE,
		accessTokenUrl: `${ORIGIN}${TOKEN_PATH}`,
		accessToken,
		...overrides,
	};
	const oauth: ICredentialDataDecryptedObject = {
		grantType: 'authorizationCode',
		authUrl: `${ORIGIN}/api/oauth/authorize`,
		accessTokenUrl: `${ORIGIN}${TOKEN_PATH}`,
		baseUrl: BASE,
		clientId: 'client-1',
		clientSecret: 'client-secret-1',
		authentication: 'body',
		oauthTokenData,
		...overrides,
	};
	return new WorkflowHarness({
		nodeTypes: { eGestor: new EGestor() },
		credentialTypes: [new EGestorApi(), new OAuth2Api(), new EGestorOAuth2Api()],
		credentials: [
			{ id: PERSONAL_ID, name: 'eGestor personal', type: 'eGestorApi', data: personal },
			{ id: OAUTH_ID, name: 'eGestor OAuth2', type: 'eGestorOAuth2Api', data: oauth },
		],
	});
}

/**
 * The eGestor node in a chain, signed with the personal token (or OAuth2); version 1 (whole
 * records, as the replayed document examples and saved workflows expect) unless told.
 */
export function eGestorNode(
	name: string,
	parameters: IDataObject,
	{ continueOnFail = false, oauth = false, typeVersion = 1 } = {},
): WorkflowNode {
	return {
		name,
		type: 'eGestor',
		typeVersion,
		parameters: { authentication: oauth ? 'oAuth2' : 'personalToken', ...parameters },
		credentials: oauth ? { eGestorOAuth2Api: OAUTH_ID } : { eGestorApi: PERSONAL_ID },
		continueOnFail,
	};
}

/** The eGestor API as nock sees it, requiring the given access token on every call. */
export function eGestorApi(token = ACCESS) {
	return nock(ORIGIN, { reqheaders: { authorization: `Bearer ${token}` } });
}

/** Runs one eGestor node over `input` (one empty item by default), version 2 unless told. */
export async function runNode(
	parameters: IDataObject,
	{ input = [{}] as IDataObject[], continueOnFail = false, name = 'eGestor', typeVersion = 2 } = {},
) {
	return await eGestorHarness().runChain(input, [
		eGestorNode(name, parameters, { continueOnFail, typeVersion }),
	]);
}

/** One documented list page of 50-a-page records. */
export function page(data: IDataObject[], currentPage: number, lastPage: number, total?: number) {
	return listEnvelope.parse({
		total: total ?? data.length,
		per_page: 50,
		current_page: currentPage,
		last_page: lastPage,
		next_page_url: null,
		prev_page_url: null,
		from: data.length === 0 ? null : (currentPage - 1) * 50 + 1,
		to: data.length === 0 ? null : (currentPage - 1) * 50 + data.length,
		data,
	});
}

/** The delete / settle confirmation eGestor sends. */
export const confirmation = (msg: string) => ({ code: '200', msg, obs: null, fields: null });
