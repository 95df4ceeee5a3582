import { vendorClient } from '../shared/client';
import { successPlatformProfile } from '../shared/envelopes';

/** Sonar Marketing's API as the shared core sees it (the `{success, data}` platform's). */
export const sonarMarketing = successPlatformProfile({
	displayName: 'Sonar Marketing',
	credentialType: 'sonarMarketingApi',
	envelope: 'success',
});

/** One request (the record out of the `{success, data}` envelope), and a paged list read. */
export const { request: sonarRequest, list: sonarList } = vendorClient(sonarMarketing);
