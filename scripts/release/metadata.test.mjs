// node --test scripts/release/ (run by .ci/run): the release refuses placeholders and links
// that drift from package.json, on a small package written to a temp folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

import { githubSlug, problems, readmeAnchors, writeLinks } from './metadata.mjs';

function fixture({ repository, homepage, author, link = 'https://github.com/acme/pack#acme-api' }) {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'br-sales-metadata-'));
	fs.writeFileSync(
		path.join(root, 'package.json'),
		JSON.stringify({
			name: 'n8n-nodes-x',
			repository: { type: 'git', url: repository },
			homepage,
			author,
		}),
	);
	fs.writeFileSync(
		path.join(root, 'README.md'),
		'# Pack\n\n## Operations\n\n```bash\n# not a heading\n```\n\n### Acme API\n\n## Triggers\n\n### Acme API\n',
	);
	fs.mkdirSync(path.join(root, 'credentials'));
	fs.writeFileSync(
		path.join(root, 'credentials', 'AcmeApi.credentials.ts'),
		`export class AcmeApi {\n\tdocumentationUrl = '${link}';\n}\n`,
	);
	fs.mkdirSync(path.join(root, 'nodes', 'Acme'), { recursive: true });
	fs.writeFileSync(
		path.join(root, 'nodes', 'Acme', 'Acme.node.json'),
		JSON.stringify({
			resources: {
				primaryDocumentation: [{ url: 'https://github.com/acme/pack#operations' }],
				credentialDocumentation: [{ url: 'https://github.com/acme/pack#acme-api-1' }],
			},
		}),
	);
	return root;
}

const real = {
	repository: 'git+https://github.com/acme/pack.git',
	homepage: 'https://github.com/acme/pack#readme',
	author: { name: 'Acme Ltda', email: 'dev@acme.com.br' },
};

describe('package metadata', () => {
	it('reads owner/name from the URL forms npm accepts', () => {
		assert.equal(githubSlug('git+https://github.com/acme/pack.git'), 'acme/pack');
		assert.equal(githubSlug('git@github.com:acme/pack.git'), 'acme/pack');
		assert.equal(githubSlug('https://github.com/acme/pack#readme'), 'acme/pack');
		assert.equal(githubSlug('https://gitlab.com/acme/pack'), undefined);
	});

	it('knows the anchors GitHub gives headings, repeats numbered, code fences skipped', () => {
		const anchors = readmeAnchors(fs.readFileSync(path.join(fixture(real), 'README.md'), 'utf8'));
		assert.deepEqual([...anchors].sort(), [
			'acme-api',
			'acme-api-1',
			'operations',
			'pack',
			'triggers',
		]);
	});

	it('passes a real identity whose links all resolve', () => {
		assert.deepEqual(problems({ root: fixture(real), release: true, env: {} }), []);
	});

	it('refuses the placeholders this repository ships with, and template-like values', () => {
		const root = fixture({
			repository: 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales.git',
			homepage: 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#readme',
			author: { name: 'n8n-nodes-br-sales maintainers', email: 'you@example.com' },
			link: 'https://github.com/n8n-nodes-br-sales/n8n-nodes-br-sales#acme-api',
		});
		writeLinks(root);
		const found = problems({ root, release: true, env: {} });
		assert.equal(found.length, 4, found.join('\n'));
		for (const field of ['repository.url', 'homepage', 'author.name', 'author.email'])
			assert.ok(
				found.some((line) => line.includes(`${field} is a placeholder`)),
				field,
			);
		// Outside a release only the links are checked, and they agree.
		assert.deepEqual(problems({ root, env: {} }), []);
	});

	it('refuses links that drift from package.json or name no README heading', () => {
		const drift = fixture({ ...real, link: 'https://github.com/other/pack#acme-api' });
		assert.match(
			problems({ root: drift, env: {} })[0],
			/is not under https:\/\/github\.com\/acme\/pack/,
		);
		const dangling = fixture({ ...real, link: 'https://github.com/acme/pack#acme' });
		assert.match(problems({ root: dangling, env: {} })[0], /#acme names no heading of README\.md/);
	});

	it('rewrites every link from package.json, keeping each anchor', () => {
		const root = fixture({ ...real, link: 'https://github.com/old/name#acme-api' });
		assert.deepEqual(writeLinks(root), ['credentials/AcmeApi.credentials.ts']);
		assert.match(
			fs.readFileSync(path.join(root, 'credentials', 'AcmeApi.credentials.ts'), 'utf8'),
			/documentationUrl = 'https:\/\/github\.com\/acme\/pack#acme-api'/,
		);
		assert.deepEqual(problems({ root, env: {} }), []);
	});

	it('inside GitHub Actions, refuses a repository.url that is not the repository being built', () => {
		const root = fixture(real);
		const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'fork/pack' };
		assert.match(problems({ root, release: true, env })[0], /this build runs in fork\/pack/);
		assert.deepEqual(
			problems({ root, release: true, env: { ...env, GITHUB_REPOSITORY: 'Acme/Pack' } }),
			[],
		);
	});
});
