// Figure 7: what each trigger costs per poll, over an account of 10,000 records: requests at
// steady state (nothing new) and with 10 new records, next to the vendor's hourly budget.
import type { ICredentialType, IDataObject, INodeProperties, INodeType } from 'n8n-workflow';

import { EGestorTrigger } from '../../nodes/EGestor/EGestorTrigger.node';
import { EcosysAutoTrigger } from '../../nodes/EcosysAuto/EcosysAutoTrigger.node';
import { HivestrTrigger } from '../../nodes/Hivestr/HivestrTrigger.node';
import { SonarMarketingTrigger } from '../../nodes/SonarMarketing/SonarMarketingTrigger.node';
import { WoofedCrmTrigger } from '../../nodes/WoofedCrm/WoofedCrmTrigger.node';
import { RECORDS } from './config';
import type { SeenRequest } from './proxy';
import { rawFill } from './raw';
import { add, log, method, sleep } from './report';
import { credentialsVia, sandboxes } from './sandboxes';
import { harnessFor, runNode, VENDORS } from './vendors';
import type { VendorCase } from './vendors';

const NEW_RECORDS = 10;
/** How far n8n's clock is moved on for the aged steady state (past `pollLimits.clockSkewMs`). */
const AGED_MS = 6 * 60_000;
/** Max Pages per Poll for events that read the whole list (snapshot events). */
const WHOLE_LIST_PAGES = 200;

method(
	`7: per trigger and event, against its sandbox behind the counting proxy: ${RECORDS.toLocaleString('en')} records of the event's resource seeded raw (copies of the action node's create), a first poll (it only notes where the list stands), then requests counted for one poll with nothing new (steady state, right after the bulk import), for one poll after ${NEW_RECORDS} new records (created from the next whole second on: vendors stamp whole seconds, and a record given the very second a first activation could not read to its end is not told apart from those there before; README, Triggers), and for one poll with nothing new with n8n's clock moved on by ${AGED_MS / 60_000} minutes (the newest second is then older than the vendor clock's allowed skew and is not read again). Per hour: the aged steady-state requests × 60 (n8n's "Every Minute" poll). Events that compare every record with its last state read the whole list on every poll; they run with Max Pages per Poll raised to ${WHOLE_LIST_PAGES}. Hourly budgets as documented: eGestor 60 a minute (3,600 an hour), Hivestr 1,000 (Basic) or 5,000 (Professional) an hour; the others document none. Events whose resource the bench cannot seed in bulk are left out (named in the table).`,
);

interface TriggerCase {
	vendor: string;
	trigger: INodeType;
	/** The action node's create that makes records of the event's resource. */
	create: IDataObject;
	/** Events measured over those records (all others: not measured). */
	events: string[];
	/** Events that read the whole list on every poll. */
	wholeList?: string[];
	common?: IDataObject;
	budget: string;
}

const TRIGGERS: TriggerCase[] = [
	{
		vendor: 'sonar',
		trigger: new SonarMarketingTrigger(),
		create: { resource: 'deal', operation: 'create', title: 'Bench deal' },
		events: ['newDeal', 'dealPhaseChanged', 'dealClosed'],
		budget: 'none documented',
	},
	{
		vendor: 'ecosys',
		trigger: new EcosysAutoTrigger(),
		create: { resource: 'deal', operation: 'create', title: 'Bench deal' },
		events: ['newDeal', 'dealWon', 'dealLost'],
		budget: 'none documented',
	},
	{
		vendor: 'woofedcrm',
		trigger: new WoofedCrmTrigger(),
		create: {
			resource: 'deal',
			operation: 'create',
			name: 'Bench deal',
			stage_id: '1',
			contact_id: '1',
		},
		events: ['newDeal', 'dealUpdated', 'dealWon', 'dealLost'],
		budget: 'none documented',
	},
	{
		vendor: 'hivestr',
		trigger: new HivestrTrigger(),
		create: { resource: 'client', operation: 'create', name: 'Bench client' },
		events: ['newClient', 'cardStageChanged'],
		wholeList: ['cardStageChanged'],
		budget: '1,000 / 5,000 an hour',
	},
	{
		vendor: 'egestor',
		trigger: new EGestorTrigger(),
		create: { resource: 'contact', operation: 'create', nome: 'Bench', tipo: ['cliente'] },
		events: ['newContact'],
		common: { authentication: 'personalToken' },
		budget: '3,600 an hour',
	},
];

/** Waits for the next whole second of the clock (the vendors stamp whole seconds). */
const untilNextSecond = async () => await sleep(1000 - (Date.now() % 1000) + 5);

function eventsOf(trigger: INodeType): string[] {
	const event = trigger.description.properties.find(
		(each: INodeProperties) => each.name === 'event',
	);
	return (event?.options ?? []).map((option) => String((option as { value: unknown }).value));
}

export async function figureSeven() {
	// Loaded here, after the timed figures: the poll harness brings nock, which hooks every request.
	const { pollHarness } = await import('../../harness/poll');
	const running = await sandboxes({ vendorOptions: { egestor: { rateLimit: 1e9 } } });
	try {
		for (const tc of TRIGGERS) {
			const vc = VENDORS.find((each) => each.vendor === tc.vendor);
			if (vc === undefined) continue;
			const sandbox = running.vendors[vc.vendor];
			const proxy = running.proxyOf(vc.vendor);
			const credentials = credentialsVia(sandbox, proxy.origin);
			const seed = async (count: number, seen: SeenRequest) =>
				await rawFill(new URL(sandbox.baseUrl).origin, seen, count);
			let seen: SeenRequest | undefined;
			try {
				const action: VendorCase = { ...vc, create: tc.create };
				await proxy.reset();
				await runNode(harnessFor(action, credentials), action, tc.create, 1);
				seen = (await proxy.stats()).last;
				if (seen === undefined) throw new Error('no create recorded');
				await seed(RECORDS - 1, seen);
			} catch (error) {
				log(`7. ${vc.label}: could not seed (${String(error)})`);
				add(
					`7. ${vc.label} Trigger: every event`,
					`not measured: ${String(error)}`,
					'(reported)',
					undefined,
				);
				continue;
			}
			for (const event of eventsOf(tc.trigger)) {
				if (!tc.events.includes(event)) {
					add(
						`7. ${vc.label} Trigger › ${event}`,
						'not measured (its resource is not seeded by the bench)',
						'(reported)',
						undefined,
					);
					continue;
				}
				try {
					const harness = pollHarness({
						nodeName: tc.trigger.description.name,
						node: tc.trigger,
						credentialTypes: [vc.credentialType as ICredentialType],
						credentialType: vc.credentialType.name,
						credentialData: { ...credentials, ...vc.credentialExtra },
						parameters: {
							...tc.common,
							event,
							...(tc.wholeList?.includes(event) ? { maxPagesPerPoll: WHOLE_LIST_PAGES } : {}),
						},
					});
					const count = async () => (await proxy.stats()).total((key) => !/token/i.test(key));
					await harness.poll(); // the first poll notes where the list stands
					// A second holding more than a poll reads: the next polls read the rest of what was
					// there, emitting nothing (window reads).
					let activationPolls = 1;
					const reading = () =>
						(harness.staticData().poll as { partial?: string } | undefined)?.partial === 'existing';
					while (reading() && activationPolls < 50) {
						await harness.poll();
						activationPolls++;
					}
					await proxy.reset();
					await harness.poll();
					const steady = await count();
					await untilNextSecond();
					await seed(NEW_RECORDS, seen);
					await proxy.reset();
					const emitted = ((await harness.poll()) ?? [[]])[0].length;
					const fresh = await count();
					const realNow = Date.now;
					Date.now = () => realNow() + AGED_MS;
					let aged: number;
					try {
						await proxy.reset();
						await harness.poll();
						aged = await count();
					} finally {
						Date.now = realNow;
					}
					add(
						`7. ${vc.label} Trigger › ${event}: requests per poll over ${RECORDS.toLocaleString('en')} records`,
						`steady ${aged} (${aged * 60} an hour at one poll a minute; ${steady} right after the bulk import); ${NEW_RECORDS} new: ${fresh} (${emitted} emitted)${activationPolls > 1 ? `; first activation: ${activationPolls} polls (its newest second held more than a poll reads)` : ''}`,
						/^new/.test(event)
							? `budget: ${tc.budget}; ${NEW_RECORDS} emitted`
							: `budget: ${tc.budget}`,
						/^new/.test(event) ? emitted === NEW_RECORDS : undefined,
					);
				} catch (error) {
					add(
						`7. ${vc.label} Trigger › ${event}`,
						`failed: ${String(error).slice(0, 160)}`,
						'(reported)',
						undefined,
					);
				}
			}
		}
	} finally {
		running.stop();
	}
}
