// `npm run build` is `n8n-node build && gulp build`. n8n-node build compiles tsconfig.json
// (nodes/ and credentials/) into dist/ and copies every .png/.svg of the repository into it.
// What it leaves to this file:
//   1. the codex files (<Node>.node.json: categories, aliases, documentation links), which it
//      does not copy;
//   2. the images it copies from outside nodes/ and credentials/ (the README's screenshots
//      under test/), which are not part of the package;
//   3. a check that dist/ holds everything package.json registers: each node and credential
//      file, each node's codex file and each icon a node or credential points at.
const fs = require('node:fs');
const path = require('node:path');
const { src, dest, series, task } = require('gulp');

const DIST = path.join(__dirname, 'dist');
/** The folders of dist/ that ship; n8n-node build may add others (copies of test images). */
const SHIPPED = new Set(['nodes', 'credentials']);

function copyCodex() {
	return src('nodes/**/*.node.json', { base: '.' }).pipe(dest('dist'));
}

async function pruneDist() {
	for (const entry of fs.readdirSync(DIST)) {
		if (!SHIPPED.has(entry)) fs.rmSync(path.join(DIST, entry), { recursive: true, force: true });
	}
}

/** The `file:` icons of a node description or credential, resolved next to its compiled file. */
function iconFiles(icon, file) {
	const icons = typeof icon === 'string' ? [icon] : Object.values(icon ?? {});
	return icons
		.filter((value) => typeof value === 'string' && value.startsWith('file:'))
		.map((value) => path.resolve(path.dirname(file), value.slice('file:'.length)));
}

async function checkDist() {
	const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8'));
	const problems = [];
	const registered = [
		...(manifest.n8n?.nodes ?? []).map((file) => ({ file, kind: 'node' })),
		...(manifest.n8n?.credentials ?? []).map((file) => ({ file, kind: 'credential' })),
	];
	for (const { file, kind } of registered) {
		const full = path.join(__dirname, file);
		if (!fs.existsSync(full)) {
			problems.push(`${file} (registered in package.json) is not in dist/`);
			continue;
		}
		if (kind === 'node') {
			const codex = full.replace(/\.js$/, '.json');
			if (!fs.existsSync(codex)) problems.push(`${path.relative(__dirname, codex)} is missing`);
		}
		for (const exported of Object.values(require(full))) {
			if (typeof exported !== 'function') continue;
			const instance = new exported();
			const icon = kind === 'node' ? instance.description?.icon : instance.icon;
			for (const iconFile of iconFiles(icon, full)) {
				if (!fs.existsSync(iconFile))
					problems.push(`${path.relative(__dirname, iconFile)} (icon of ${file}) is missing`);
			}
		}
	}
	if (problems.length > 0) throw new Error(`dist/ is incomplete:\n  ${problems.join('\n  ')}`);
}

task('build', series(copyCodex, pruneDist, checkDist));
