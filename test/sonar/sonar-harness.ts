import { SonarMarketingApi } from '../../credentials/SonarMarketingApi.credentials';
import { SonarMarketing } from '../../nodes/SonarMarketing/SonarMarketing.node';
import { vendorKit } from '../harness/vendor-kit';

export { bodiesSeen } from '../harness/vendor-kit';

export const SONAR_KEY = 'snr_live_test_key_123';

const sonar = vendorKit({
	nodeName: 'sonarMarketing',
	node: new SonarMarketing(),
	credentialTypes: [new SonarMarketingApi()],
	credentialType: 'sonarMarketingApi',
	credentialData: { apiKey: SONAR_KEY, baseUrl: 'https://sonar.test/api/v1' },
	origin: 'https://sonar.test',
	requiredHeaders: { authorization: `Bearer ${SONAR_KEY}` },
});

export const sonarHarness = sonar.harness;
export const sonarNode = sonar.node;
/** The Sonar API as nock sees it, requiring the Bearer key on every call. */
export const sonarApi = sonar.api;
