// Lint the files n8n's community-package scanner lints (package.json plus nodes/ and
// credentials/), with the same rule sets: @n8n/eslint-plugin-community-nodes `recommended`
// and eslint-plugin-n8n-nodes-base's `community` (package.json), `credentials` and `nodes`.
// The scanner lints with allowInlineConfig: false, so eslint-disable comments are ignored
// here too (noInlineConfig): a finding is fixed in the source or switched off below, with
// the reason written next to it.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/**', 'package-lock.json'],
	},
	{
		linterOptions: { noInlineConfig: true },
	},
	{
		files: ['package.json', 'nodes/**/*.{ts,json}', 'credentials/**/*.{ts,json}'],
		extends: [n8nCommunityNodesPlugin.configs.recommended],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		// The community-nodes package.json rules walk a TSESTree ObjectExpression, which the
		// TypeScript parser produces for a JSON file (jsonc-eslint-parser's AST would make
		// them silently pass), so the TypeScript parser is used for the JSON files as well.
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
		rules: { 'no-console': 'error' },
	},
	{
		files: ['package.json'],
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// Off in n8n's own scanner and `n8n-node lint`: not valid for community nodes.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			// Off in n8n's scanner: community-nodes' credential-password-field is the accurate check.
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// Off in n8n's scanner: inputs/outputs use the NodeConnectionTypes enum, not 'main'.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			// Off in n8n's scanner: a vendor API can have a real page-size maximum.
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
);
