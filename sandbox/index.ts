import { startEcosys } from './ecosys';
import { startEGestor } from './egestor';
import { startHivestr } from './hivestr';
import { startSonar } from './sonar';
import { startWoofed } from './woofedcrm';
import type { Sandbox, StartOptions } from './types';

export type { Sandbox, StartOptions } from './types';
export { startSonar, SONAR_DEMO_KEY } from './sonar';
export { startEcosys, ECOSYS_DEMO_KEY, ECOSYS_DEMO_STORE } from './ecosys';
export {
	startEGestor,
	EGESTOR_DEMO_PERSONAL_TOKEN,
	EGESTOR_DEMO_CLIENT_ID,
	EGESTOR_DEMO_CLIENT_SECRET,
} from './egestor';
export { startHivestr, HIVESTR_DEMO_KEY, HIVESTR_DEMO_SECRET } from './hivestr';
export { startWoofed, WOOFED_DEMO_TOKEN, WOOFED_DEMO_ACCOUNT } from './woofedcrm';

/** The vendors a sandbox exists for, with how to start each. */
const SANDBOXES = {
	sonar: startSonar,
	ecosys: startEcosys,
	woofedcrm: startWoofed,
	hivestr: startHivestr,
	egestor: startEGestor,
} satisfies Record<string, (options?: StartOptions) => Promise<Sandbox>>;

export type SandboxVendor = keyof typeof SANDBOXES;

export interface StartSandboxesOptions {
	/** Which vendors (default: all). */
	vendors?: SandboxVendor[];
	/** Fixed ports per vendor (default: free ports). */
	ports?: Partial<Record<SandboxVendor, number>>;
	/** Each vendor's own options (e.g. `{ egestor: { rateWindowMs: 1000 }, hivestr: { tokenLifetimeSeconds: 60 } }`). */
	vendorOptions?: { [V in SandboxVendor]?: Parameters<(typeof SANDBOXES)[V]>[0] };
}

interface RunningSandboxes {
	vendors: Partial<Record<SandboxVendor, Sandbox>>;
	stop(): Promise<void>;
}

/** Starts the chosen sandboxes on 127.0.0.1; `stop()` stops them all. */
export async function startSandboxes(
	options: StartSandboxesOptions = {},
): Promise<RunningSandboxes> {
	const chosen = options.vendors ?? (Object.keys(SANDBOXES) as SandboxVendor[]);
	const vendors: Partial<Record<SandboxVendor, Sandbox>> = {};
	const stop = async () => {
		await Promise.all(Object.values(vendors).map(async (sandbox) => await sandbox.stop()));
	};
	try {
		for (const vendor of chosen) {
			const start = SANDBOXES[vendor] as (options?: StartOptions) => Promise<Sandbox>;
			vendors[vendor] = await start({
				...options.vendorOptions?.[vendor],
				port: options.ports?.[vendor] ?? options.vendorOptions?.[vendor]?.port ?? 0,
			});
		}
	} catch (error) {
		await stop();
		throw error;
	}
	return { vendors, stop };
}
