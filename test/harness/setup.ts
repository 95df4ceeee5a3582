import nock from 'nock';

import { resetRateStates } from '../../nodes/shared/request';

// No test may reach a real host; every request must meet a nock interceptor.
beforeAll(() => nock.disableNetConnect());
afterEach(() => {
	nock.cleanAll();
	resetRateStates();
});
afterAll(() => nock.enableNetConnect());
