import { startSandboxes } from './index';
import type { SandboxVendor } from './index';

/**
 * `npm run sandbox`: starts every sandbox and prints its base URL and demo credentials.
 * Ports come from SANDBOX_PORT_<VENDOR> (e.g. SANDBOX_PORT_SONAR=4010), else free ones.
 * `npm run sandbox -- --json` prints one JSON line instead (for scripts).
 */
async function main(): Promise<void> {
	const ports: Partial<Record<SandboxVendor, number>> = {};
	for (const [name, value] of Object.entries(process.env)) {
		const found = /^SANDBOX_PORT_([A-Z]+)$/.exec(name);
		if (found && value) ports[found[1].toLowerCase() as SandboxVendor] = Number(value);
	}
	const running = await startSandboxes({ ports });
	if (process.argv.includes('--json')) {
		const vendors = Object.fromEntries(
			Object.entries(running.vendors).map(([vendor, { stop: _stop, ...sandbox }]) => [
				vendor,
				sandbox,
			]),
		);
		console.log(JSON.stringify({ vendors }));
	}
	for (const sandbox of process.argv.includes('--json') ? [] : Object.values(running.vendors)) {
		console.log(`\n${sandbox.vendor}  ${sandbox.baseUrl}`);
		console.log(`  credential type: ${sandbox.credentialType}`);
		for (const [field, value] of Object.entries(sandbox.credentials)) {
			console.log(`  ${field}: ${value}`);
		}
		for (const other of sandbox.alternatives ?? []) {
			console.log(`  or credential type: ${other.credentialType}`);
			for (const [field, value] of Object.entries(other.credentials)) {
				console.log(`    ${field}: ${value}`);
			}
		}
		for (const [field, value] of Object.entries(sandbox.notes ?? {})) {
			console.log(`  (${field}: ${value})`);
		}
	}
	console.error('\nSandboxes running on 127.0.0.1; Ctrl+C stops them.');
	const stop = () => {
		running.stop().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
