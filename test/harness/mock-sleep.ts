// n8n-workflow's `sleep`, replaced by a jest.fn that resolves at once, for the test file that
// imports this module FIRST (before anything that loads n8n-workflow):
//     import '../harness/mock-sleep';
// `useFakeClock` (test/shared/probe.ts) then records each wait and moves Date.now() by it.
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: jest.fn(async () => undefined),
}));
