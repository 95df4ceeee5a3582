import nock from 'nock';

// No test may reach a real host; every request must meet a nock interceptor.
// (Nothing from nodes/ is imported here: a test file's jest.mock must still apply to it.)
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
// Each test file loads its own nock, which patches node's http modules: undo it so the next
// file in the same worker starts from plain modules.
afterAll(() => {
	nock.enableNetConnect();
	nock.restore();
});
