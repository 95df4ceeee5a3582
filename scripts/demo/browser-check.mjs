#!/usr/bin/env node
// Drives headless Chromium (Debian's `chromium`) over the DevTools protocol against a running
// n8n editor: opens an example workflow, searches each vendor's node in the node panel, opens
// a node's parameter panel (Resource, Operation) and its record picker's From List dropdown
// (the list must show a record of the sandbox), opens each credential's form, and saves
// screenshots. Needs Node ≥ 22 (global WebSocket): the e2e test runs it with the Node 24 the
// demo uses. No dependencies.
//
// Usage: node browser-check.mjs '<json>' with { url, cookie, workflowId, workflowNode,
// nodes: [display names], pickers: [{ vendor, workflowId, nodeId, field: parameter name,
// expect: [labels, one of which the list must show] }], credentials: [{ id, expect: field
// label }], outDir }. Prints one JSON line of results; exit 1 when a check fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const config = JSON.parse(process.argv[2]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const BROWSER = process.env.CHROMIUM || 'chromium';

async function launch() {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'br-sales-chromium-'));
	const child = spawn(
		BROWSER,
		[
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-dev-shm-usage',
			'--hide-scrollbars',
			'--window-size=1440,900',
			'--remote-debugging-port=0',
			`--user-data-dir=${profile}`,
			'about:blank',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	const endpoint = await new Promise((resolve, reject) => {
		let text = '';
		const timer = setTimeout(() => reject(new Error(`chromium did not start: ${text}`)), 30_000);
		child.stderr.on('data', (chunk) => {
			text += chunk;
			const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
			if (found) {
				clearTimeout(timer);
				resolve(found[1]);
			}
		});
		child.on('exit', (code) => reject(new Error(`chromium exited with ${code}: ${text}`)));
	});
	const port = new URL(endpoint).port;
	const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
	const page = targets.find((target) => target.type === 'page');
	return {
		page: page.webSocketDebuggerUrl,
		stop: async () => {
			const exited =
				child.exitCode !== null || child.signalCode !== null
					? Promise.resolve()
					: new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGKILL');
			await exited;
			// Chromium's helper processes may still be closing files in the profile: retry, and
			// leave a temporary folder behind rather than fail the check over it.
			try {
				fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
			} catch {
				// nothing to do: the folder is under the system's temporary directory
			}
		},
	};
}

async function connect(url) {
	const socket = new WebSocket(url);
	await new Promise((resolve, reject) => {
		socket.onopen = resolve;
		socket.onerror = reject;
	});
	let next = 0;
	const pending = new Map();
	socket.onmessage = (event) => {
		const message = JSON.parse(event.data);
		const waiter = pending.get(message.id);
		if (!waiter) return;
		pending.delete(message.id);
		if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
		else waiter.resolve(message.result);
	};
	const send = (method, params = {}) =>
		new Promise((resolve, reject) => {
			const id = ++next;
			pending.set(id, { resolve, reject, method });
			socket.send(JSON.stringify({ id, method, params }));
		});
	return { send, close: () => socket.close() };
}

async function main() {
	const browser = await launch();
	const cdp = await connect(browser.page);
	const results = { checks: [], screenshots: [] };
	const check = (name, ok, detail) => results.checks.push({ name, ok, detail });
	const evaluate = async (expression) =>
		(await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }))
			.result.value;
	const waitFor = async (expression, ms = 20_000) => {
		const deadline = Date.now() + ms;
		while (Date.now() < deadline) {
			if (await evaluate(expression)) return true;
			await sleep(250);
		}
		return false;
	};
	const shot = async (name) => {
		fs.mkdirSync(config.outDir, { recursive: true });
		const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
		const file = path.join(config.outDir, `${name}.png`);
		fs.writeFileSync(file, Buffer.from(data, 'base64'));
		results.screenshots.push(file);
	};
	const key = async (keyName, code = keyName, keyCode = 0) => {
		for (const type of ['keyDown', 'keyUp']) {
			await cdp.send('Input.dispatchKeyEvent', {
				type,
				key: keyName,
				code,
				windowsVirtualKeyCode: keyCode,
			});
		}
	};
	// A real mouse click in the middle of the first element the selector finds (n8n's pickers
	// open on mousedown/focus, which element.click() does not give).
	const click = async (selector) => {
		const box = await evaluate(`(() => {
			const el = document.querySelector(${JSON.stringify(selector)});
			if (!el) return null;
			el.scrollIntoView({ block: 'center' });
			const r = el.getBoundingClientRect();
			return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
		})()`);
		if (!box) return false;
		for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
			await cdp.send('Input.dispatchMouseEvent', {
				type,
				x: box.x,
				y: box.y,
				button: 'left',
				clickCount: type === 'mouseMoved' ? 0 : 1,
			});
		}
		return true;
	};
	const text = (needle) =>
		`document.body && document.body.innerText.includes(${JSON.stringify(needle)})`;

	try {
		await cdp.send('Page.enable');
		await cdp.send('Network.enable');
		await cdp.send('Emulation.setDeviceMetricsOverride', {
			width: 1440,
			height: 900,
			deviceScaleFactor: 1,
			mobile: false,
		});
		for (const pair of config.cookie.split('; ')) {
			const [name, ...value] = pair.split('=');
			await cdp.send('Network.setCookie', {
				name,
				value: value.join('='),
				domain: new URL(config.url).hostname,
				path: '/',
			});
		}

		// An example workflow on the canvas.
		await cdp.send('Page.navigate', { url: `${config.url}/workflow/${config.workflowId}` });
		const canvas = await waitFor(text(config.workflowNode), 45_000);
		await sleep(1500);
		check('example workflow opens on the canvas', canvas);
		await shot('workflow');

		// Each vendor's node in the node panel's search.
		for (const nodeName of config.nodes) {
			await key('Escape', 'Escape', 27);
			const opened =
				(await evaluate(`(() => {
					const button = document.querySelector('[data-test-id="node-creator-plus-button"]')
						|| document.querySelector('[data-test-id="canvas-plus-button"]');
					if (button) { button.click(); return true; }
					return false;
				})()`)) || (await key('Tab', 'Tab', 9), true);
			const search = await waitFor(
				`!!document.querySelector('[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]')`,
				10_000,
			);
			await evaluate(`(() => {
				const el = document.querySelector('[data-test-id="node-creator-search-bar"] input')
					|| document.querySelector('[data-test-id="node-creator-search-bar"]');
				el.focus();
				if ('value' in el) { el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); }
			})()`);
			await cdp.send('Input.insertText', { text: nodeName });
			const found = await waitFor(
				`(() => { const panel = document.querySelector('[data-test-id="node-creator"]') || document.body;
					return [...panel.querySelectorAll('[data-test-id="item-iterator-item"], [class*="nodeItem"], [class*="NodeItem"]')]
						.some((item) => item.innerText.includes(${JSON.stringify(nodeName)})); })()`,
				10_000,
			);
			check(`node panel finds "${nodeName}"`, opened && search && found);
			await shot(`node-panel-${nodeName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
		}
		await key('Escape', 'Escape', 27);

		// A node's parameter panel, opened by its URL, then its record picker's list.
		for (const picker of config.pickers ?? []) {
			await cdp.send('Page.navigate', {
				url: `${config.url}/workflow/${picker.workflowId}/${picker.nodeId}`,
			});
			const parameters = await waitFor(
				`(() => { const panel = document.querySelector('[data-test-id="node-parameters"]');
					return !!panel
						&& !!panel.querySelector('[data-test-id="parameter-input-resource"]')
						&& !!panel.querySelector('[data-test-id="parameter-input-operation"]')
						&& panel.innerText.includes('Resource') && panel.innerText.includes('Operation')
						&& !!panel.querySelector('[data-test-id="resource-locator-${picker.field}"]'); })()`,
				45_000,
			);
			await sleep(1000);
			check(
				`${picker.vendor}: the parameter panel shows Resource, Operation and the picker`,
				parameters,
			);
			await shot(`parameters-${picker.vendor}`);
			const rlc = `[data-test-id="resource-locator-${picker.field}"] [data-test-id="rlc-input"]`;
			const clicked = (await click(`${rlc} input`)) || (await click(rlc));
			const listed = await waitFor(
				`(() => { const items = [...document.querySelectorAll('[data-test-id="rlc-item"]')]
						.filter((item) => item.offsetParent !== null).map((item) => item.innerText);
					const expect = ${JSON.stringify(picker.expect)};
					return items.some((label) => expect.some((want) => label.includes(want))); })()`,
				60_000,
			);
			const shown = await evaluate(
				`[...document.querySelectorAll('[data-test-id="rlc-item"]')].filter((item) => item.offsetParent !== null).map((item) => item.innerText.trim())`,
			);
			await sleep(500);
			check(
				`${picker.vendor}: the picker's list shows a record of the sandbox`,
				clicked && listed,
				shown,
			);
			await shot(`locator-${picker.vendor}-open`);
			await key('Escape', 'Escape', 27);
		}

		// Each credential's form.
		for (const credential of config.credentials) {
			await cdp.send('Page.navigate', { url: `${config.url}/home/credentials/${credential.id}` });
			const form = await waitFor(
				`(() => { const modal = document.querySelector('[data-test-id="editCredential-modal"]') || document.querySelector('.el-dialog');
					return !!modal && modal.innerText.includes(${JSON.stringify(credential.expect)}); })()`,
				20_000,
			);
			await sleep(500);
			check(`credential form "${credential.id}" shows "${credential.expect}"`, form);
			await shot(`credential-${credential.type}`);
		}
	} finally {
		cdp.close();
		await browser.stop();
	}
	console.log(JSON.stringify(results));
	process.exitCode = results.checks.every((entry) => entry.ok) ? 0 : 1;
}

main().catch((error) => {
	console.log(JSON.stringify({ error: error.message }));
	process.exitCode = 1;
});
