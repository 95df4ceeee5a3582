#!/usr/bin/env node
// `npm run release`. First the package's identity (scripts/release/metadata.mjs --release):
// no placeholder repository, homepage or author, every documentation link derived from them,
// and, inside GitHub Actions, the repository being built. Then:
//   - inside GitHub Actions (.github/workflows/publish.yml, on a version tag): `n8n-node
//     release`, which runs `npm run lint` and `npm run build` and publishes with npm provenance
//     (NPM_CONFIG_PROVENANCE=true; the job has `id-token: write`);
//   - anywhere else: nothing is published. n8n only verifies packages published from GitHub
//     Actions with provenance, so a release is a version tag pushed to GitHub; this prints how.
//     (`n8n-node release` run locally drives release-it and rewrites CHANGELOG.md with
//     auto-changelog; this repository keeps a hand-written CHANGELOG.md instead.)
import { spawnSync } from 'node:child_process';

import { problems } from './metadata.mjs';

const found = problems({ release: true });
if (found.length > 0) {
	console.error(
		`npm run release: refusing to publish, ${found.length} problem(s):\n  ${found.join('\n  ')}\nSee README.md, "Before publishing".`,
	);
	process.exit(1);
}

if (process.env.GITHUB_ACTIONS === 'true') {
	const result = spawnSync('npx', ['--no-install', 'n8n-node', 'release'], { stdio: 'inherit' });
	process.exit(result.status ?? 1);
}

console.log(`npm run release: the package metadata is ready. Publishing runs in GitHub Actions:
  npm version <patch|minor|major>   # bumps package.json and tags v<version>
  git push --follow-tags            # .github/workflows/publish.yml publishes with provenance`);
