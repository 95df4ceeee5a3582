#!/usr/bin/env node
// `npm run scan` (after `npm run build`): the lint step of n8n's community-package scanner,
// `@n8n/scan-community-package` (a dev dependency, so the version is pinned), run here on what
// would be published:
//   - the packed tarball (`npm pack`), its compiled .js and package.json, and
//   - the source: package.json and nodes/ and credentials/ (.ts, .js, .json),
// each with the scanner's own `analyzePackage` (its ESLint configuration, inline
// `eslint-disable` comments ignored). It prints the error and warning counts of both and the
// tarball's size and contents, and exits 1 on any error.
//
// The scanner's other steps need the public registry and GitHub and cannot run offline or
// before a release: it refuses a version published without npm provenance, then downloads the
// exact commit the provenance names and lints that. publish.yml provides the provenance.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const scannerEntry = path.join(
	path.dirname(require.resolve('@n8n/scan-community-package/package.json')),
	'scanner',
	'scanner.mjs',
);
const scanner = await import(pathToFileURL(scannerEntry).href);
// The scanner's own ESLint (a dependency of it), for the counts; the verdict is analyzePackage's.
const { ESLint } = await import(pathToFileURL(createRequire(scannerEntry).resolve('eslint')).href);
/** What the scanner lints in the tarball (see analyzePackageByName). */
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

/** `npm pack` of the repository into a temp folder, unpacked; its size and file list. */
export function packTarball(root = REPO) {
	const out = fs.mkdtempSync(path.join(os.tmpdir(), 'br-sales-pack-'));
	const packed = spawnSync(
		'npm',
		['pack', '--json', '--ignore-scripts', '--pack-destination', out],
		{ cwd: root, encoding: 'utf8' },
	);
	if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
	const [info] = JSON.parse(packed.stdout);
	const tarball = path.join(out, info.filename);
	const dir = path.join(out, 'package');
	fs.mkdirSync(dir);
	const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
	if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
	return { out, tarball, dir, info };
}

/** The scanner's verdict on a folder, and its ESLint error/warning counts. */
async function lintLikeScanner(dir, patterns) {
	const verdict = await scanner.analyzePackage(dir, patterns);
	const { default: glob } = await import(
		pathToFileURL(createRequire(scannerEntry).resolve('fast-glob')).href
	);
	const files = glob.sync(patterns, {
		cwd: dir,
		absolute: true,
		ignore: ['node_modules/**', '**/package-lock.json'],
	});
	const eslint = new ESLint({
		cwd: dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await scanner.buildScanConfig(),
	});
	const results = files.length > 0 ? await eslint.lintFiles(files) : [];
	const count = (key) => results.reduce((sum, result) => sum + result[key], 0);
	return {
		passed: verdict.passed,
		message: verdict.message,
		details: verdict.details,
		files: files.length,
		errors: count('errorCount'),
		warnings: count('warningCount'),
		results,
		eslint,
	};
}

/** Files the tarball must and must not hold. */
function tarballProblems(info, manifest) {
	const paths = new Set(info.files.map((file) => file.path));
	const problems = [];
	for (const required of ['package.json', 'LICENSE.md', 'README.md'])
		if (!paths.has(required)) problems.push(`${required} is not in the tarball`);
	for (const file of [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])])
		if (!paths.has(file))
			problems.push(`${file} (registered in package.json) is not in the tarball`);
	for (const file of paths)
		if (!/^(package\.json|LICENSE\.md|README\.md|dist\/(nodes|credentials)\/)/.test(file))
			problems.push(`${file} should not be published`);
	return problems;
}

async function main() {
	const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	if (!fs.existsSync(path.join(REPO, 'dist'))) throw new Error('no dist/: run npm run build first');
	const pack = packTarball();
	try {
		const tarball = await lintLikeScanner(pack.dir, TARBALL_PATTERNS);
		const source = await lintLikeScanner(REPO, scanner.SOURCE_FILE_PATTERNS);
		const contents = tarballProblems(pack.info, manifest);
		const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
		console.log(
			[
				`tarball ${pack.info.filename}: ${kb(pack.info.size)} packed, ${kb(pack.info.unpackedSize)} unpacked, ${pack.info.entryCount} files`,
				`n8n scanner lint, tarball: ${tarball.errors} errors, ${tarball.warnings} warnings in ${tarball.files} files (${TARBALL_PATTERNS.join(', ')})`,
				`n8n scanner lint, source:  ${source.errors} errors, ${source.warnings} warnings in ${source.files} files (${scanner.SOURCE_FILE_PATTERNS.join(', ')})`,
				'(provenance and the attested-commit download need the public registry and GitHub: they run only on a published version)',
			].join('\n'),
		);
		for (const [name, leg] of [
			['tarball', tarball],
			['source', source],
		]) {
			if (leg.errors + leg.warnings > 0) {
				const formatter = await leg.eslint.loadFormatter('stylish');
				console.log(`\n${name}:${formatter.format(leg.results)}`);
			}
			if (!leg.passed) console.log(`${name}: the scanner fails it: ${leg.message}`);
		}
		for (const problem of contents) console.log(`tarball: ${problem}`);
		let failed = !tarball.passed || !source.passed || tarball.errors + source.errors > 0;
		failed ||= contents.length > 0;

		// The single-vendor packages (scripts/release/vendor-packages.mjs), each tarball alike.
		const { buildVendorPackages, packVendor } = await import('./vendor-packages.mjs');
		for (const { vendor, dir } of buildVendorPackages()) {
			const { tarball: file, info } = packVendor(dir);
			const unpacked = path.join(pack.out, vendor.package);
			fs.mkdirSync(unpacked);
			const untar = spawnSync('tar', ['-xzf', file, '-C', unpacked, '--strip-components=1']);
			if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
			const leg = await lintLikeScanner(unpacked, TARBALL_PATTERNS);
			const vendorManifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
			const problems = tarballProblems(info, vendorManifest);
			console.log(
				`n8n scanner lint, ${info.filename} (${kb(info.size)}): ${leg.errors} errors, ${leg.warnings} warnings in ${leg.files} files`,
			);
			if (leg.errors + leg.warnings > 0) {
				const formatter = await leg.eslint.loadFormatter('stylish');
				console.log(formatter.format(leg.results));
			}
			for (const problem of problems) console.log(`${info.filename}: ${problem}`);
			failed ||= !leg.passed || leg.errors > 0 || problems.length > 0;
		}
		process.exitCode = failed ? 1 : 0;
	} finally {
		fs.rmSync(pack.out, { recursive: true, force: true });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((error) => {
		console.error(`scan failed: ${error.message}`);
		process.exitCode = 1;
	});
}
