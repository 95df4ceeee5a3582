// Copies what tsc does not emit into dist/, keeping each file's path: node and credential
// icons, and each node's codex file (<Node>.node.json).
const { src, dest, task } = require('gulp');

function buildIcons() {
	// encoding: false keeps binary icons (png) intact; gulp 5 reads files as utf8 by default.
	return src(['nodes/**/*.{svg,png}', 'credentials/**/*.{svg,png}', 'nodes/**/*.node.json'], {
		base: '.',
		encoding: false,
		allowEmpty: true,
	}).pipe(dest('dist'));
}

task('build:icons', buildIcons);
