/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	// nock's interceptor outlives each file's globals; keep jest from soft-deleting it.
	testEnvironmentOptions: { globalsCleanup: 'off' },
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/harness/setup.ts'],
	transform: { '^.+\\.ts$': 'ts-jest' },
	testTimeout: 20000,
};
