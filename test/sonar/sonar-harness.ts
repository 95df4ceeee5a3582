import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';
import { SonarMarketing } from '../../nodes/SonarMarketing/SonarMarketing.node';
import type { WorkflowNode } from '../harness/run-workflow';
import { WorkflowHarness } from '../harness/run-workflow';

export const SONAR_BASE = 'https://sonar.test/api/v1';
export const SONAR_KEY = 'snr_live_test_key_123';

export function sonarHarness(): WorkflowHarness {
	return new WorkflowHarness({
		nodeTypes: { sonarMarketing: new SonarMarketing() },
		credentialTypes: [new SonarMarketingApi()],
		credentials: [
			{
				id: 'sonar',
				name: 'Sonar',
				type: 'sonarMarketingApi',
				data: { apiKey: SONAR_KEY, baseUrl: SONAR_BASE },
			},
		],
	});
}

/** A Sonar node in a chain, signed with the test credential. */
export function sonarNode(
	name: string,
	parameters: IDataObject,
	continueOnFail = false,
): WorkflowNode {
	return {
		name,
		type: 'sonarMarketing',
		parameters,
		credentials: { sonarMarketingApi: 'sonar' },
		continueOnFail,
	};
}

/** The Sonar API as nock sees it, requiring the Bearer key on every call. */
export function sonarApi() {
	return nock('https://sonar.test', { reqheaders: { authorization: `Bearer ${SONAR_KEY}` } });
}

/** Collects the JSON bodies a nock interceptor receives, accepting every one. */
export function bodiesSeen() {
	const bodies: unknown[] = [];
	return {
		bodies,
		match: (body: unknown) => {
			bodies.push(body);
			return true;
		},
	};
}
