// The n8n editor as `npm run dev` starts it, checked over its own REST API (no browser here):
// the pack is installed as the README's manual install does it (the tarball, `npm install
// --legacy-peer-deps` in .n8n/nodes), the owner can log in, every vendor's node and credential
// type is loaded from the installed package under its package name, every
// example and sandbox credential is imported, and each credential's connection test (the button
// in the credential form) passes against its sandbox inside n8n. In headless Chromium (when
// there is one): the node panel finds each vendor's node, a node's parameter panel shows
// Resource and Operation, its Deal picker's From List dropdown shows the sandbox's deals, and
// each credential's form opens (the README's screenshots).
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import {
	CREDENTIALS,
	PACKAGE,
	editorSession,
	ensureN8n,
	ensureNode,
	loadExamples,
	REPO,
	installedModules,
	installTarball,
	n8nInstance,
	ownerEnv,
	packManifest,
	packPack,
	startSandboxes,
	tempUserFolder,
} from '../../scripts/demo/lib.mjs';

const PORT = Number(process.env.BR_SALES_E2E_PORT || 5698);
let sandboxes;
let userFolder;
let editor;
let api;
let imported;
let manifest;
let node;
let cookie;
// Screenshots go to a temp folder; BR_SALES_SCREENSHOTS=test/e2e/screenshots refreshes the
// committed ones (the README's).
const SCREENSHOTS = process.env.BR_SALES_SCREENSHOTS
	? path.resolve(process.env.BR_SALES_SCREENSHOTS)
	: path.join(os.tmpdir(), 'n8n-br-sales-screenshots');
const chromium = process.env.CHROMIUM || 'chromium';

// A workflow of the test's own (not an example, which give their IDs as expressions): a node
// per vendor with its Deal picker on From List and empty, as a user adding the node sees it.
const PICKER_NODES = {
	sonarMarketing: '00000000-0000-4000-8000-000000009002',
	woofedCrm: '00000000-0000-4000-8000-000000009003',
};
const PICKER_WORKFLOW = {
	id: 'brSalesEditorPick',
	name: 'Pick a deal in the editor',
	nodes: [
		{
			id: '00000000-0000-4000-8000-000000009001',
			name: 'Run Example',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: PICKER_NODES.sonarMarketing,
			name: 'Get Sonar Deal',
			type: `${PACKAGE}.sonarMarketing`,
			typeVersion: 1,
			position: [220, -100],
			parameters: {
				resource: 'deal',
				operation: 'get',
				dealId: { __rl: true, mode: 'list', value: '' },
			},
			credentials: { sonarMarketingApi: CREDENTIALS.sonarMarketingApi },
		},
		{
			id: PICKER_NODES.woofedCrm,
			name: 'Get WoofedCRM Deal',
			type: `${PACKAGE}.woofedCrm`,
			typeVersion: 1,
			position: [220, 100],
			parameters: {
				resource: 'deal',
				operation: 'get',
				dealId: { __rl: true, mode: 'list', value: '' },
			},
			credentials: { woofedCrmApi: CREDENTIALS.woofedCrmApi },
		},
	],
	connections: {
		'Run Example': {
			main: [
				[
					{ node: 'Get Sonar Deal', type: 'main', index: 0 },
					{ node: 'Get WoofedCRM Deal', type: 'main', index: 0 },
				],
			],
		},
	},
	settings: { executionOrder: 'v1' },
	pinData: {},
	active: false,
	tags: [],
};

/** The deals' titles as each sandbox lists them (read from its API, not from our nodes). */
async function sandboxDealTitles(vendors) {
	const sonar = vendors.sonar;
	const sonarDeals = await fetch(`${sonar.baseUrl}/deals`, {
		headers: { authorization: `Bearer ${sonar.credentials.apiKey}` },
	}).then((response) => response.json());
	const woofed = vendors.woofedcrm.credentials;
	const woofedDeals = await fetch(
		`${woofed.baseUrl}/api/v1/accounts/${woofed.accountId}/deals/search`,
		{
			method: 'POST',
			headers: { authorization: `Bearer ${woofed.apiToken}`, 'content-type': 'application/json' },
			body: '{}',
		},
	).then((response) => response.json());
	return {
		sonarMarketing: sonarDeals.data.map((deal) => deal.title),
		woofedCrm: woofedDeals.data.map((deal) => deal.name),
	};
}
const hasChromium = spawnSync(chromium, ['--version'], { encoding: 'utf8' }).status === 0;

describe('the n8n editor with the pack', { timeout: 20 * 60_000 }, () => {
	before(async () => {
		node = await ensureNode();
		userFolder = tempUserFolder();
		const [n8n, pack] = await Promise.all([
			ensureN8n(node),
			packPack(path.join(userFolder, 'tarball')),
		]);
		await installTarball(userFolder, pack.tarball);
		sandboxes = await startSandboxes();
		manifest = packManifest();
		const instance = n8nInstance({ node, n8n, userFolder, port: PORT });
		imported = await instance.importCredentials(sandboxes);
		await instance.importWorkflows([
			...loadExamples(),
			{ file: 'editor-pickers.json', workflow: PICKER_WORKFLOW },
		]);
		Object.assign(instance.env, ownerEnv(n8n), { N8N_LOG_LEVEL: 'warn' });
		editor = await instance.start();
		api = await editorSession(instance.url);
		cookie = api.cookie;
		// The editor answers before it has written its node type files; wait for them.
		const deadline = Date.now() + 60_000;
		while (!Array.isArray((await api('/types/nodes.json')).body)) {
			if (Date.now() > deadline) throw new Error('the editor never served /types/nodes.json');
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	});

	after(async () => {
		if (editor?.child.exitCode === null) {
			editor.child.kill('SIGTERM');
			await editor.exited;
		}
		await sandboxes?.stop();
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	});

	it("has only the pack in .n8n/nodes (its peer dependency n8n-workflow is n8n's own)", () => {
		assert.deepEqual(installedModules(userFolder), [PACKAGE]);
	});

	it("lists every node the package registers in the editor's node types", async () => {
		const { status, body } = await api('/types/nodes.json');
		assert.equal(status, 200);
		const names = new Set(body.map((type) => type.name));
		assert.ok(manifest.nodeTypes.size >= 5, 'five vendor nodes registered');
		for (const type of manifest.nodeTypes) {
			assert.ok(names.has(`${PACKAGE}.${type}`), `${type} is in the node panel`);
		}
		const sonar = body.find((type) => type.name === `${PACKAGE}.sonarMarketing`);
		assert.equal(sonar.usableAsTool, true);
	});

	it("has every credential type's form (its fields) in the editor", async () => {
		const { status, body } = await api('/types/credentials.json');
		assert.equal(status, 200);
		for (const type of manifest.credentialTypes) {
			const credential = body.find((entry) => entry.name === type);
			assert.ok(credential, `${type} is known to the editor`);
			assert.ok(credential.properties.length > 0, `${type} has form fields`);
		}
	});

	it('has the examples and the sandbox credentials imported for the owner', async () => {
		const workflows = await api('/rest/workflows');
		assert.equal(workflows.status, 200);
		const ids = new Set(workflows.body.data.map((workflow) => workflow.id));
		for (const example of loadExamples()) assert.ok(ids.has(example.workflow.id), example.file);
		const credentials = await api('/rest/credentials');
		const credentialIds = new Set(credentials.body.data.map((credential) => credential.id));
		for (const credential of imported) assert.ok(credentialIds.has(credential.id), credential.name);
	});

	it("passes each non-OAuth credential's connection test against its sandbox, inside n8n", async () => {
		const testable = imported.filter((credential) => credential.type !== 'eGestorOAuth2Api');
		assert.ok(testable.length >= 5);
		for (const credential of testable) {
			const { status, body } = await api('/rest/credentials/test', {
				method: 'POST',
				body: JSON.stringify({ credentials: credential }),
			});
			assert.equal(status, 200, `${credential.type}: HTTP ${status} ${JSON.stringify(body)}`);
			assert.equal(body.data?.status, 'OK', `${credential.type}: ${JSON.stringify(body.data)}`);
		}
		// A wrong key is refused by the same test.
		const sonar = imported.find((credential) => credential.id === CREDENTIALS.sonarMarketingApi.id);
		const wrong = await api('/rest/credentials/test', {
			method: 'POST',
			body: JSON.stringify({
				credentials: { ...sonar, data: { ...sonar.data, apiKey: 'snr_live_wrong' } },
			}),
		});
		assert.equal(wrong.body.data?.status, 'Error');
	});

	it(
		"shows each vendor's action node in the node panel search, a node's parameters with its Deal picker's list of sandbox deals, and each credential's form, in headless Chromium (screenshots saved)",
		{ skip: hasChromium ? false : `no ${chromium} here (Debian: apt-get install chromium)` },
		async () => {
			const nodeTypes = (await api('/types/nodes.json')).body;
			const credentialTypes = (await api('/types/credentials.json')).body;
			const described = [...manifest.nodeTypes].map((type) =>
				nodeTypes.find((entry) => entry.name === `${PACKAGE}.${type}`),
			);
			const isTrigger = (entry) => entry.group?.includes('trigger') || entry.polling === true;
			const nodes = described
				.filter((entry) => !isTrigger(entry))
				.map((entry) => entry.displayName);
			// Trigger nodes are listed under their name less " Trigger" in a separate panel; their
			// loading is checked above (node types), the panel search only for the action nodes.
			const credentials = imported
				.map((credential) => {
					const type = credentialTypes.find((entry) => entry.name === credential.type);
					const field = type?.properties.find(
						(property) => property.type !== 'hidden' && property.displayName,
					);
					return field && { id: credential.id, type: credential.type, expect: field.displayName };
				})
				.filter(Boolean);
			const titles = await sandboxDealTitles(sandboxes.vendors);
			const pickers = [
				{ vendor: 'sonar-marketing', type: 'sonarMarketing' },
				{ vendor: 'woofedcrm', type: 'woofedCrm' },
			].map(({ vendor, type }) => {
				assert.ok(titles[type].length > 0, `the ${vendor} sandbox has deals to list`);
				return {
					vendor,
					workflowId: PICKER_WORKFLOW.id,
					nodeId: PICKER_NODES[type],
					field: 'dealId',
					expect: titles[type],
				};
			});
			const sonar = loadExamples().find((example) => example.file === 'sonar-deal-lifecycle.json');
			const config = {
				url: `http://localhost:${PORT}`,
				cookie,
				workflowId: sonar.workflow.id,
				workflowNode: 'Move To Proposal',
				nodes,
				pickers,
				credentials,
				outDir: SCREENSHOTS,
			};
			// Asynchronously: the sandboxes answer n8n's list requests from this process.
			const run = await new Promise((resolve) => {
				execFile(
					node.bin,
					[path.join(REPO, 'scripts/demo/browser-check.mjs'), JSON.stringify(config)],
					{ encoding: 'utf8', timeout: 8 * 60_000 },
					(error, stdout, stderr) =>
						resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
				);
			});
			const line = run.stdout.trim().split('\n').pop() || '{}';
			const result = JSON.parse(line);
			assert.equal(result.error, undefined, result.error);
			assert.ok(result.checks.length >= nodes.length + 2 * pickers.length + credentials.length + 1);
			for (const check of result.checks) {
				assert.ok(
					check.ok,
					`${check.name}${check.detail ? `: ${JSON.stringify(check.detail)}` : ''}`,
				);
			}
			assert.equal(run.status, 0);
		},
	);
});
