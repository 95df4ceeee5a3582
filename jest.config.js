/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFilesAfterEnv: ['<rootDir>/test/harness/setup.ts'],
	transform: { '^.+\\.ts$': 'ts-jest' },
	testTimeout: 20000,
};
