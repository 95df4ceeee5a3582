// A child process that runs the sandboxes, so the server's work does not share the event loop
// (and the core) with the client being measured. The parent sends the options of
// `startSandboxes` and gets back each vendor's base URL and credentials.
import { startSandboxes } from '../../sandbox';
import type { StartSandboxesOptions } from '../../sandbox';

process.once('message', (options: StartSandboxesOptions) => {
	void startSandboxes(options).then((running) => {
		const vendors = Object.fromEntries(
			Object.entries(running.vendors).map(([name, sandbox]) => [
				name,
				{
					baseUrl: sandbox.baseUrl,
					credentialType: sandbox.credentialType,
					credentials: sandbox.credentials,
				},
			]),
		);
		process.send?.({ vendors });
	});
});
