#!/usr/bin/env node
// `npm run build:vendors` (after `npm run build`): the same build also as five single-vendor
// packages, for users who want only their product and for n8n's catalogue, which shows one icon
// per package. Each goes to dist-vendors/<package>/ with:
//   - package.json: the pack's, with the vendor's name, description and keywords, and only the
//     vendor's nodes and the credentials they use registered;
//   - dist/: those nodes' folders, nodes/shared (vendor-neutral, no vendor imports it from
//     another) and those credentials, as the pack's build made them; each codex file's `node`
//     renamed to the new package (`n8n-nodes-hivestr.hivestr`);
//   - README.md: the vendor's excerpt of the pack's README (install, credential, operations,
//     triggers), and LICENSE.md.
// The all-in-one pack stays the main artefact. `--pack` also runs `npm pack` in each folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(REPO, 'dist-vendors');
const require = createRequire(import.meta.url);

/** The five vendors: their folder under nodes/, package name, and names in the README. */
export const VENDORS = [
	{
		dir: 'Hivestr',
		package: 'n8n-nodes-hivestr',
		title: 'Hivestr',
		what: 'media-sales CRM (inventory, clients, proposals, pipeline)',
		keywords: ['hivestr', 'crm', 'ooh', 'media sales'],
	},
	{
		dir: 'EGestor',
		package: 'n8n-nodes-egestor',
		title: 'eGestor',
		what: 'ERP (contacts, products, sales, receivables, payables)',
		keywords: ['egestor', 'erp'],
	},
	{
		dir: 'WoofedCrm',
		package: 'n8n-nodes-woofedcrm',
		title: 'WoofedCRM',
		what: 'open-source CRM, often self-hosted',
		keywords: ['woofedcrm', 'crm'],
	},
	{
		dir: 'SonarMarketing',
		package: 'n8n-nodes-sonar-marketing',
		title: 'Sonar Marketing',
		what: 'agency CRM (deals)',
		keywords: ['sonar marketing', 'crm'],
	},
	{
		dir: 'EcosysAuto',
		package: 'n8n-nodes-ecosys-auto',
		title: 'Ecosys Auto',
		what: 'car-dealer CRM (clients, vehicles, deals)',
		keywords: ['ecosys auto', 'crm', 'car dealer'],
	},
];

/** The README section under `heading` (its ### subsection named `title`), without the heading. */
function subsection(markdown, parent, title) {
	const lines = markdown.split('\n');
	const start = lines.indexOf(`## ${parent}`);
	const from = lines.findIndex((line, i) => i > start && line === `### ${title}`);
	if (start < 0 || from < 0) return '';
	let to = from + 1;
	while (to < lines.length && !/^#{2,3} /.test(lines[to])) to++;
	return lines
		.slice(from + 1, to)
		.join('\n')
		.trim();
}

/** A README table's header and the rows whose first cell is one of `names`. */
function tableRows(markdown, section, names) {
	const lines = markdown.split('\n');
	const start = lines.indexOf(`## ${section}`);
	const header = lines.findIndex((line, i) => i > start && line.startsWith('| '));
	if (start < 0 || header < 0) return '';
	const rows = [];
	for (let i = header + 2; i < lines.length && lines[i].startsWith('|'); i++) {
		const first = lines[i].split('|')[1].trim();
		if (names.includes(first)) rows.push(lines[i]);
	}
	if (rows.length === 0) return '';
	return [lines[header], lines[header + 1], ...rows].join('\n');
}

/** The node files and credential files of the pack that belong to `vendor`, from the build. */
function vendorFiles(manifest, vendor) {
	const nodes = manifest.n8n.nodes.filter((file) => file.startsWith(`dist/nodes/${vendor.dir}/`));
	const used = new Set();
	const displayNames = [];
	for (const file of nodes) {
		for (const exported of Object.values(require(path.join(REPO, file)))) {
			if (typeof exported !== 'function') continue;
			const description = new exported().description;
			if (!description) continue;
			displayNames.push(description.displayName);
			for (const credential of description.credentials ?? []) used.add(credential.name);
		}
	}
	const credentials = manifest.n8n.credentials.filter((file) =>
		Object.values(require(path.join(REPO, file))).some(
			(exported) => typeof exported === 'function' && used.has(new exported().name),
		),
	);
	return { nodes, credentials, displayNames };
}

function readme(vendor, manifest, displayNames, markdown) {
	const credential = subsection(markdown, 'Credentials', vendor.title);
	const operations = tableRows(markdown, 'Operations', displayNames);
	const triggers = tableRows(markdown, 'Triggers', displayNames);
	return `# ${vendor.package}

n8n community nodes for **${vendor.title}**, ${vendor.what}. The ${vendor.title} node and its
trigger, from [${manifest.name}](${manifest.homepage}), which also holds the other Brazilian sales
and ERP platforms in one package. Install one or the other, not both.

## Install

In n8n: **Settings → Community Nodes → Install**, enter \`${vendor.package}\`.

By hand (self-hosted, e.g. queue mode or Docker), in n8n's user folder:

\`\`\`bash
mkdir -p ~/.n8n/nodes && cd ~/.n8n/nodes
npm install --legacy-peer-deps ${vendor.package}
# restart n8n
\`\`\`

## Credential

${credential}

## Operations

${operations || '(see the full README)'}

${triggers ? `## Triggers\n\n${triggers}\n\n` : ''}Behaviour, errors, pagination and rate limits: see the [full README](${manifest.homepage}).

## License

MIT
`;
}

/** Writes dist-vendors/<package>/ for every vendor; returns their folders. */
export function buildVendorPackages() {
	const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
	const markdown = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
	if (!fs.existsSync(path.join(REPO, 'dist'))) throw new Error('no dist/: run npm run build first');
	fs.rmSync(OUT, { recursive: true, force: true });
	const built = [];
	for (const vendor of VENDORS) {
		const { nodes, credentials, displayNames } = vendorFiles(manifest, vendor);
		if (nodes.length === 0) throw new Error(`no registered node under nodes/${vendor.dir}`);
		const dir = path.join(OUT, vendor.package);
		const copy = (relative) =>
			fs.cpSync(path.join(REPO, relative), path.join(dir, relative), { recursive: true });
		copy(`dist/nodes/${vendor.dir}`);
		copy('dist/nodes/shared');
		for (const file of credentials)
			for (const sibling of fs.readdirSync(path.join(REPO, path.dirname(file))))
				if (sibling.startsWith(`${path.basename(file, '.credentials.js')}.credentials.`))
					copy(path.join(path.dirname(file), sibling));
		// Codex files name the node by package: n8n-nodes-br-sales.hivestr → n8n-nodes-hivestr.hivestr.
		for (const node of nodes) {
			const codex = path.join(dir, node.replace(/\.js$/, '.json'));
			const data = JSON.parse(fs.readFileSync(codex, 'utf8'));
			data.node = data.node.replace(`${manifest.name}.`, `${vendor.package}.`);
			fs.writeFileSync(codex, `${JSON.stringify(data, null, '\t')}\n`);
		}
		const vendorManifest = {
			name: vendor.package,
			version: manifest.version,
			description: `n8n community nodes for ${vendor.title}: ${vendor.what}`,
			license: manifest.license,
			keywords: ['n8n-community-node-package', 'n8n', ...vendor.keywords],
			author: manifest.author,
			homepage: manifest.homepage,
			repository: manifest.repository,
			engines: manifest.engines,
			files: ['dist'],
			n8n: {
				n8nNodesApiVersion: manifest.n8n.n8nNodesApiVersion,
				strict: manifest.n8n.strict,
				credentials,
				nodes,
			},
			peerDependencies: manifest.peerDependencies,
		};
		fs.writeFileSync(
			path.join(dir, 'package.json'),
			`${JSON.stringify(vendorManifest, null, 2)}\n`,
		);
		fs.writeFileSync(path.join(dir, 'README.md'), readme(vendor, manifest, displayNames, markdown));
		fs.copyFileSync(path.join(REPO, 'LICENSE.md'), path.join(dir, 'LICENSE.md'));
		built.push({ vendor, dir, nodes, credentials });
	}
	return built;
}

/** `npm pack` of a vendor folder into dist-vendors/; returns the tarball and npm's report. */
export function packVendor(dir) {
	const packed = spawnSync(
		'npm',
		['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', OUT],
		{ cwd: dir, encoding: 'utf8' },
	);
	if (packed.status !== 0) throw new Error(`npm pack in ${dir} failed:\n${packed.stderr}`);
	const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
	return { tarball: path.join(OUT, info.filename), info };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const { vendor, dir, nodes, credentials } of buildVendorPackages()) {
		let line = `${vendor.package}: ${nodes.length} node(s), ${credentials.length} credential(s)`;
		if (process.argv.includes('--pack')) {
			const { info } = packVendor(dir);
			line += `, ${info.filename} ${(info.size / 1024).toFixed(1)} kB`;
		}
		console.log(line);
	}
}
