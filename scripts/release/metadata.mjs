#!/usr/bin/env node
// The package's public identity has one home: package.json `repository.url`, `homepage` and
// `author`. Everything else that names the repository (each credential's `documentationUrl`,
// each codex file's documentation links) is derived from it and checked against it here.
//
//   node scripts/release/metadata.mjs           links agree with package.json and each points
//                                               at a heading of README.md (CI runs this)
//   node scripts/release/metadata.mjs --release also refuses placeholder values, and inside
//                                               GitHub Actions a repository.url that is not
//                                               the repository being built (npm provenance
//                                               rejects that); `npm run release` runs this
//   node scripts/release/metadata.mjs --write   rewrites every link from package.json (after
//                                               you set repository.url and homepage)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The values this repository ships with until its owners set their own (README, "Before
 * publishing"). A release refuses them, and anything that looks like a template value.
 */
const PLACEHOLDERS = {
	repository: ['n8n-nodes-br-sales/n8n-nodes-br-sales'],
	author: ['n8n-nodes-br-sales maintainers', 'maintainers@n8n-nodes-br-sales.org'],
};
const TEMPLATE_LIKE = /<|>|\.\.\.|example\.(com|org)|your[-_ ]|todo|changeme|placeholder/i;

/** `owner/name` of a GitHub repository URL (https, git+https, git@, with or without .git). */
export function githubSlug(url) {
	const match = /github\.com[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?(?:#.*)?$/.exec(
		url ?? '',
	);
	return match ? `${match[1]}/${match[2]}` : undefined;
}

/** GitHub's anchor for a Markdown heading (lower case, punctuation dropped, spaces to dashes). */
function headingAnchor(text) {
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Every anchor README.md's headings produce, with GitHub's -1, -2 suffixes for repeats. */
export function readmeAnchors(markdown) {
	const anchors = new Set();
	const seen = new Map();
	let fenced = false;
	for (const line of markdown.split('\n')) {
		if (/^\s*```/.test(line)) fenced = !fenced;
		const heading = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
		if (!heading) continue;
		const base = headingAnchor(heading[1]);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count === 0 ? base : `${base}-${count}`);
	}
	return anchors;
}

function walk(dir, match, found = []) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, match, found);
		else if (match.test(entry.name)) found.push(full);
	}
	return found;
}

const CREDENTIAL_LINK = /(documentationUrl\s*=\s*')([^']*)(')/g;
const CODEX_LINK = /("url"\s*:\s*")([^"]*)(")/g;

/** Every documentation link of the package: file, the link, and the pattern that finds it. */
function documentationLinks(root = REPO) {
	const files = [
		...walk(path.join(root, 'credentials'), /\.credentials\.ts$/).map((file) => ({
			file,
			pattern: CREDENTIAL_LINK,
		})),
		...walk(path.join(root, 'nodes'), /\.node\.json$/).map((file) => ({
			file,
			pattern: CODEX_LINK,
		})),
	];
	const links = [];
	for (const { file, pattern } of files) {
		const text = fs.readFileSync(file, 'utf8');
		for (const match of text.matchAll(pattern)) links.push({ file, url: match[2], pattern });
	}
	return links;
}

function authorParts(author) {
	if (typeof author === 'string') {
		const match = /^([^<(]*?)\s*(?:<([^>]*)>)?\s*(?:\(([^)]*)\))?$/.exec(author);
		return { name: match?.[1] ?? author, email: match?.[2], url: match?.[3] };
	}
	return author ?? {};
}

/** What is wrong with the package's identity and links; an empty list when nothing is. */
export function problems({ release = false, root = REPO, env = process.env } = {}) {
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const found = [];
	const repositoryUrl =
		typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
	const slug = githubSlug(repositoryUrl);
	if (!slug) {
		found.push(`package.json repository.url is not a GitHub repository URL: ${repositoryUrl}`);
		return found;
	}
	const base = `https://github.com/${slug}`;
	if (manifest.homepage !== `${base}#readme`)
		found.push(`package.json homepage should be ${base}#readme (is ${manifest.homepage})`);

	const anchors = readmeAnchors(fs.readFileSync(path.join(root, 'README.md'), 'utf8'));
	for (const link of documentationLinks(root)) {
		const where = path.relative(root, link.file);
		const [target, anchor] = link.url.split('#');
		if (target !== base)
			found.push(`${where}: ${link.url} is not under ${base} (run npm run metadata:write)`);
		else if (!anchor || !anchors.has(anchor))
			found.push(`${where}: ${link.url} names no heading of README.md`);
	}

	if (release) {
		const author = authorParts(manifest.author);
		const values = [
			['repository.url', repositoryUrl, PLACEHOLDERS.repository.includes(slug)],
			[
				'homepage',
				manifest.homepage,
				PLACEHOLDERS.repository.some((value) => manifest.homepage?.includes(value)),
			],
			['author.name', author.name, PLACEHOLDERS.author.includes(author.name)],
			['author.email', author.email, PLACEHOLDERS.author.includes(author.email)],
		];
		for (const [field, value, known] of values) {
			if (field === 'author.email' && value === undefined) continue;
			if (!value || known || TEMPLATE_LIKE.test(value))
				found.push(`package.json ${field} is a placeholder (${value ?? 'empty'}): set your own`);
		}
		const building = env.GITHUB_ACTIONS ? env.GITHUB_REPOSITORY : undefined;
		if (building && building.toLowerCase() !== slug.toLowerCase())
			found.push(
				`package.json repository.url names ${slug} but this build runs in ${building}: npm rejects a provenance statement for another repository`,
			);
	}
	return found;
}

/** Rewrites every documentation link to package.json's repository, keeping its anchor. */
export function writeLinks(root = REPO) {
	const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const slug = githubSlug(manifest.repository?.url ?? manifest.repository);
	if (!slug) throw new Error('package.json repository.url is not a GitHub repository URL');
	const base = `https://github.com/${slug}`;
	const changed = new Set();
	for (const file of new Set(documentationLinks(root).map((link) => link.file))) {
		const text = fs.readFileSync(file, 'utf8');
		const pattern = file.endsWith('.ts') ? CREDENTIAL_LINK : CODEX_LINK;
		const next = text.replace(pattern, (whole, open, url, close) => {
			if (!url.startsWith('https://github.com/')) return whole;
			const anchor = url.split('#')[1];
			return `${open}${base}${anchor ? `#${anchor}` : ''}${close}`;
		});
		if (next !== text) {
			fs.writeFileSync(file, next);
			changed.add(path.relative(root, file));
		}
	}
	return [...changed];
}

function main() {
	const args = process.argv.slice(2);
	if (args.includes('--write')) {
		const changed = writeLinks();
		console.log(
			changed.length ? `rewrote links in:\n  ${changed.join('\n  ')}` : 'links already agree',
		);
	}
	const release = args.includes('--release');
	const found = problems({ release });
	if (found.length > 0) {
		console.error(
			`${release ? 'not releasing' : 'package metadata'}: ${found.length} problem(s)\n  ${found.join('\n  ')}\nSee README.md, "Before publishing".`,
		);
		process.exitCode = 1;
		return;
	}
	console.log(
		`package metadata: ${documentationLinks().length} documentation links agree with package.json${release ? '; no placeholders' : ''}`,
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
