import nock from 'nock';

// No test may reach a real host; every request must meet a nock interceptor.
// (Nothing from nodes/ is imported here: a test file's jest.mock must still apply to it.)
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());
