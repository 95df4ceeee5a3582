// `npm run test:e2e` (part): the WoofedCRM Webhook Trigger inside a real n8n. The workflow is
// published (active), n8n registers its webhook, the WoofedCRM sandbox POSTs the events its
// server sends to the URL pasted in "Settings → Webhooks" (here: the sandbox's stand-in for that
// page), and the workflow writes what it received back into WoofedCRM as a note on the deal.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import {
	CREDENTIALS,
	ensureN8n,
	ensureNode,
	installTarball,
	n8nInstance,
	packPack,
	REPO,
	run,
	tempUserFolder,
} from '../../scripts/demo/lib.mjs';

/** n8n on 5710 (its task-runner broker on 5711): inside the range this test may use. */
const PORT = 5710;
const WEBHOOK_ID = '5f0c7a36-9d0e-4c1b-9a57-0b6f2f1e7a10';
const SECRET = 'e2e-shared-secret';
const WORKFLOW_ID = 'brSalesWoofedHook';

const credential = { id: CREDENTIALS.woofedCrmApi.id, name: CREDENTIALS.woofedCrmApi.name };
const workflow = {
	id: WORKFLOW_ID,
	name: 'WoofedCRM webhook → note on the deal (e2e)',
	active: false,
	settings: { executionOrder: 'v1' },
	connections: {
		'On Deal Change': { main: [[{ node: 'Note What Changed', type: 'main', index: 0 }]] },
	},
	nodes: [
		{
			id: '00000000-0000-4000-8000-00000000e001',
			name: 'On Deal Change',
			type: 'n8n-nodes-br-sales.woofedCrmWebhookTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			parameters: {
				events: ['deal_created', 'deal_updated'],
				options: { secretToken: SECRET },
			},
		},
		{
			id: '00000000-0000-4000-8000-00000000e002',
			name: 'Note What Changed',
			type: 'n8n-nodes-br-sales.woofedCrm',
			typeVersion: 1,
			position: [240, 0],
			credentials: { woofedCrmApi: credential },
			parameters: {
				resource: 'dealEvent',
				operation: 'create',
				dealId: '={{ $json.data.id }}',
				kind: 'note',
				content:
					'={{ "n8n received " + $json.event + " of " + $json.data.name + " (stage " + $json.data.stage_id + ")" }}',
			},
		},
	],
};

let sandbox;
let server;
let userFolder;

/** The sandbox, compiled as the demo compiles it (tsc -p sandbox → dist-sandbox/). */
async function startWoofedSandbox() {
	const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
	try {
		await run(process.execPath, [tsc, '-p', 'sandbox'], { cwd: REPO, quiet: true });
	} catch (error) {
		// tsc still emits on type errors of other vendors' files.
		if (!fs.existsSync(path.join(REPO, 'dist-sandbox', 'sandbox', 'woofedcrm.js'))) throw error;
	}
	const require = createRequire(import.meta.url);
	return await require(path.join(REPO, 'dist-sandbox', 'sandbox', 'woofedcrm.js')).startWoofed();
}

async function sandboxCall(method, pathname, body) {
	const response = await fetch(`${sandbox.baseUrl}/api/v1${pathname}`, {
		method,
		headers: {
			'content-type': 'application/json',
			authorization: `Bearer ${sandbox.credentials.apiToken}`,
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** The notes on contact 1's timeline (GET /contacts/{id} holds its events). */
async function notes() {
	const contact = await sandboxCall('GET', '/accounts/1/contacts/1');
	return contact.body.events.filter((event) => event.kind === 'note').map((event) => event.content);
}

async function waitFor(check, what, ms = 60_000) {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

describe('WoofedCRM Webhook Trigger in a real n8n', { timeout: 20 * 60_000 }, () => {
	before(async () => {
		const node = await ensureNode();
		userFolder = tempUserFolder();
		// The pack as users install it: packed, then `npm install --legacy-peer-deps` in .n8n/nodes.
		const [n8n, pack] = await Promise.all([
			ensureN8n(node),
			packPack(path.join(userFolder, 'tarball')),
		]);
		await installTarball(userFolder, pack.tarball);
		sandbox = await startWoofedSandbox();
		const instance = n8nInstance({ node, n8n, userFolder, port: PORT });
		await instance.importCredentials({ vendors: { woofedcrm: sandbox } });
		await instance.importWorkflows([{ file: 'woofedcrm-webhook-e2e.json', workflow }]);
		// Published = active: n8n registers the trigger's webhook when it starts.
		await run(node.bin, [n8n.bin, 'publish:workflow', `--id=${WORKFLOW_ID}`], {
			env: instance.env,
			cwd: userFolder,
			quiet: true,
		});
		server = await instance.start();
	});

	after(async () => {
		if (server?.child.exitCode === null) {
			server.child.kill('SIGTERM');
			await server.exited;
		}
		await sandbox?.stop();
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	});

	const hookUrl = () => `http://127.0.0.1:${PORT}/webhook/${WEBHOOK_ID}/webhook`;

	it('is listening on its production URL once the workflow is active, and refuses a call without the token', async () => {
		const refused = await waitFor(async () => {
			const response = await fetch(hookUrl(), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ event: 'deal_updated', data: { id: 1 } }),
			});
			return response.status === 404 ? undefined : response;
		}, 'the webhook to be registered');
		assert.equal(refused.status, 401);
		assert.deepEqual(await refused.json(), {
			message: 'Missing or wrong token in the webhook URL',
		});
	});

	it("receives WoofedCRM's deal_created and deal_updated and runs the workflow on each", async () => {
		// What a user does in WoofedCRM: Settings → Webhooks → New webhook, the URL with the token.
		const registered = await fetch(`${sandbox.baseUrl}/api/v1/sandbox/webhooks`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ url: `${hookUrl()}?token=${SECRET}` }),
		});
		assert.equal(registered.status, 201);

		const created = await sandboxCall('POST', '/accounts/1/deals', {
			name: 'Webhook e2e',
			stage_id: 1,
			contact_id: 1,
		});
		assert.equal(created.status, 201);
		await waitFor(
			async () => (await notes()).includes('n8n received deal_created of Webhook e2e (stage 1)'),
			'the note written by the workflow for deal_created',
		);

		const moved = await sandboxCall('PUT', `/accounts/1/deals/${created.body.id}`, {
			stage_id: 2,
		});
		assert.equal(moved.status, 200);
		await waitFor(
			async () => (await notes()).includes('n8n received deal_updated of Webhook e2e (stage 2)'),
			'the note written by the workflow for deal_updated',
		);

		// The notes' own event_created webhooks are not among the chosen events: nothing more ran.
		await new Promise((resolve) => setTimeout(resolve, 2000));
		const written = (await notes()).filter((content) => content.startsWith('n8n received'));
		assert.deepEqual(written.sort(), [
			'n8n received deal_created of Webhook e2e (stage 1)',
			'n8n received deal_updated of Webhook e2e (stage 2)',
		]);
	});
});
