// Figure 7: what each trigger costs per poll, over an account of 10,000 records: requests at
// steady state (nothing new) and with 10 new records, next to the vendor's hourly budget.
import type { ICredentialType, IDataObject, INodeProperties, INodeType } from 'n8n-workflow';

import { RECORDS } from './config';
import type { SeenRequest } from './proxy';
import { rawFill } from './raw';
import { add, log, method, sleep } from './report';
import { credentialsVia, sandboxes } from './sandboxes';
import type { Made, RunAction, Seed, TriggerCase } from './seeds';
import { TRIGGERS } from './seeds';
import { harnessFor, runNode, VENDORS } from './vendors';

const NEW_RECORDS = 10;
/** How far n8n's clock is moved on for the aged steady state (past `pollLimits.clockSkewMs`). */
const AGED_MS = 6 * 60_000;
/** Max Pages per Poll for events that read the whole list (snapshot events). */
const WHOLE_LIST_PAGES = 250;

method(
	`7: per trigger and event, against its sandbox behind the counting proxy: ${RECORDS.toLocaleString('en')} records of the event's resource seeded raw (copies of the action node's create), a first poll (it only notes where the list stands), then requests counted for one poll with nothing new (steady state, right after the bulk import), for one poll after ${NEW_RECORDS} new records (created from the next whole second on: vendors stamp whole seconds, and a record given the very second a first activation could not read to its end is not told apart from those there before; README, Triggers), and for one poll with nothing new with n8n's clock moved on by ${AGED_MS / 60_000} minutes (the newest second is then older than the vendor clock's allowed skew and is not read again). Per hour: the aged steady-state requests × 60 (n8n's "Every Minute" poll). Events that compare every record with its last state read the whole list on every poll; they run with Max Pages per Poll raised to ${WHOLE_LIST_PAGES}. So do the ordered events that remember each record's state (Sonar's Deal Phase Changed and Deal Won, Lost or Archived), whose first activation learns the states of as many pages as that cap allows; their later polls still stop at the cursor. Hourly budgets as documented: eGestor 60 a minute (3,600 an hour), Hivestr 1,000 (Basic) or 5,000 (Professional) an hour; the others document none. Each resource is seeded with its own create (Hivestr proposals with one item for a client made first, and tasks due within the hour on that client's card; eGestor sales with one product line for a product made first and one installment, which eGestor makes a receivable); eGestor documents no payable create, so its payable events run over the sandbox's one payable, without new ones. Events that emit when a record changes state are also counted for one poll after ${NEW_RECORDS} records spread over the list changed (through the action node's own operation: a deal's phase or status, a Hivestr card's stage or proposal's status, an eGestor receivable received or payable paid), with the number emitted then and on the poll after.`,
);

/** Waits for the next whole second of the clock (the vendors stamp whole seconds). */
const untilNextSecond = async () => await sleep(1000 - (Date.now() % 1000) + 5);

function eventsOf(trigger: INodeType): string[] {
	const event = trigger.description.properties.find(
		(each: INodeProperties) => each.name === 'event',
	);
	return (event?.options ?? []).map((option) => String((option as { value: unknown }).value));
}

interface EventCase {
	tc: TriggerCase;
	seed: Seed;
	event: string;
	/** Makes `count` new records of the seed's resource (raw copies of its create). */
	fresh?: (count: number) => Promise<void>;
	action: RunAction;
	poll: (parameters: IDataObject) => Promise<{
		poll(): Promise<unknown[][] | null>;
		staticData(): IDataObject;
	}>;
	count: () => Promise<number>;
	reset: () => Promise<void>;
}

const emittedBy = (answer: unknown[][] | null) => (answer ?? [[]])[0].length;

async function measureEvent({ tc, seed, event, fresh, action, poll, count, reset }: EventCase) {
	const whole = tc.wholeList.includes(event);
	const learnAll = tc.learnAll?.includes(event) === true;
	const harness = await poll({
		...tc.common,
		event,
		...(whole || learnAll ? { maxPagesPerPoll: WHOLE_LIST_PAGES } : {}),
	});
	await harness.poll(); // the first poll notes where the list stands
	// A second holding more than a poll reads: the next polls read the rest of what was there,
	// emitting nothing (window reads).
	let activationPolls = 1;
	const reading = () =>
		(harness.staticData().poll as { partial?: string } | undefined)?.partial === 'existing';
	while (reading() && activationPolls < 50) {
		await harness.poll();
		activationPolls++;
	}
	await reset();
	let strayEmitted = emittedBy(await harness.poll());
	const steady = await count();
	let newPart = `${NEW_RECORDS} new: not measured (no create)`;
	let emitted: number | undefined;
	if (fresh !== undefined) {
		await untilNextSecond();
		await fresh(NEW_RECORDS);
		await reset();
		emitted = emittedBy(await harness.poll());
		newPart = `${NEW_RECORDS} new: ${await count()} (${emitted} emitted)`;
	}
	const realNow = Date.now;
	Date.now = () => realNow() + AGED_MS;
	let aged: number;
	try {
		await reset();
		strayEmitted += emittedBy(await harness.poll());
		aged = await count();
	} finally {
		Date.now = realNow;
	}
	let changePart = '';
	let changeOk: boolean | undefined;
	const change = seed.changes?.[event];
	if (change !== undefined) {
		const changed = await change.run(action, NEW_RECORDS);
		await reset();
		const changedEmitted = emittedBy(await harness.poll());
		const requests = await count();
		// The poll after: nothing changed, so nothing may be emitted again.
		const again = emittedBy(await harness.poll());
		strayEmitted += again;
		changePart = `; ${changed} ${change.what}: ${requests} (${changedEmitted} emitted; ${again} on the poll after)`;
		changeOk = changedEmitted === changed;
	}
	const emitsNew = /^new/.test(event) || seed.newEmits?.includes(event) === true;
	const targets = [`budget: ${tc.budget}`];
	if (emitsNew && fresh !== undefined) targets.push(`${NEW_RECORDS} emitted`);
	if (change !== undefined) targets.push('one emitted per record changed');
	if (strayEmitted > 0) targets.push('none emitted with nothing new');
	const verdicts = [
		emitsNew && emitted !== undefined ? emitted === NEW_RECORDS : undefined,
		changeOk,
		strayEmitted > 0 ? false : undefined,
	];
	const judged = verdicts.filter((verdict): verdict is boolean => verdict !== undefined);
	const records = (seed.records ?? RECORDS).toLocaleString('en');
	add(
		`7. ${tc.trigger.description.displayName} › ${event}: requests per poll over ${records} ${seed.noun}`,
		`steady ${aged} (${(aged * 60).toLocaleString('en')} an hour at one poll a minute; ${steady} right after the bulk import); ${newPart}${changePart}${strayEmitted > 0 ? `; polls with nothing new emitted ${strayEmitted}` : ''}${activationPolls > 1 ? `; first activation: ${activationPolls} polls (its newest second held more than a poll reads)` : ''}${whole ? `; whole list, Max Pages per Poll ${WHOLE_LIST_PAGES}` : ''}${learnAll ? `; the first activation learned every record's state, Max Pages per Poll ${WHOLE_LIST_PAGES}` : ''}`,
		targets.join('; '),
		judged.length === 0 ? undefined : judged.every(Boolean),
	);
}

export async function figureSeven() {
	// Loaded here, after the timed figures: the poll harness brings nock, which hooks every request.
	const { pollHarness } = await import('../../harness/poll');
	const running = await sandboxes({ vendorOptions: { egestor: { rateLimit: 1e9 } } });
	try {
		for (const tc of TRIGGERS) {
			const vc = VENDORS.find((each) => each.vendor === tc.vendor);
			if (vc === undefined) continue;
			const label = tc.trigger.description.displayName;
			const sandbox = running.vendors[vc.vendor];
			const proxy = running.proxyOf(vc.vendor);
			const credentials = credentialsVia(sandbox, proxy.origin);
			const copies = async (count: number, seen: SeenRequest) =>
				await rawFill(new URL(sandbox.baseUrl).origin, seen, count);
			const actionHarness = harnessFor(vc, credentials);
			const action: RunAction = async (parameters) =>
				(await runNode(actionHarness, vc, parameters, 1)).result.output('Vendor');
			const count = async () => (await proxy.stats()).total((key) => !/token/i.test(key));
			const poll = async (parameters: IDataObject) =>
				await Promise.resolve(
					pollHarness({
						nodeName: tc.trigger.description.name,
						node: tc.trigger,
						credentialTypes: [vc.credentialType as ICredentialType],
						credentialType: vc.credentialType.name,
						credentialData: { ...credentials, ...vc.credentialExtra },
						parameters,
					}),
				);
			const notMeasured = (events: string[], why: string) => {
				for (const event of events) add(`7. ${label} › ${event}`, why, '(reported)', undefined);
			};
			/** An event the trigger could not poll is a miss, never a neutral row. */
			const failed = (event: string, error: unknown) =>
				add(`7. ${label} › ${event}`, `failed: ${String(error).slice(0, 160)}`, 'polls', false);
			let made: Made = {};
			try {
				made = (await tc.prepare?.(action)) ?? {};
			} catch (error) {
				log(`7. ${label}: could not prepare (${String(error)})`);
				notMeasured(eventsOf(tc.trigger), `not measured: ${String(error).slice(0, 160)}`);
				continue;
			}
			/** The create's request as the proxy saw it, by the create's parameters. */
			const recorded = new Map<string, SeenRequest>();
			for (const seed of tc.seeds) {
				let seen: SeenRequest | undefined;
				try {
					if (seed.create !== undefined) {
						const parameters = seed.create(made);
						const key = JSON.stringify(parameters);
						seen = recorded.get(key);
						if (seen === undefined) {
							await proxy.reset();
							await action(parameters);
							seen = (await proxy.stats()).last;
							if (seen === undefined) throw new Error('no create recorded');
							recorded.set(key, seen);
							await copies(seed.copies ?? RECORDS - 1, seen);
						} else if ((seed.copies ?? 0) > 0) {
							await copies(seed.copies ?? 0, seen);
						}
					}
				} catch (error) {
					log(`7. ${label}: could not seed ${seed.noun} (${String(error)})`);
					notMeasured(seed.events, `not measured: ${String(error).slice(0, 160)}`);
					continue;
				}
				const template = seen;
				for (const event of seed.events) {
					try {
						await measureEvent({
							tc,
							seed,
							event,
							fresh:
								template === undefined
									? undefined
									: async (many: number) => await copies(many, template),
							action,
							poll,
							count,
							reset: proxy.reset,
						});
					} catch (error) {
						failed(event, error);
					}
				}
			}
			const seeded = new Set(tc.seeds.flatMap((seed) => seed.events));
			notMeasured(
				eventsOf(tc.trigger).filter((event) => !seeded.has(event)),
				'not measured (its resource is not seeded by the bench)',
			);
		}
	} finally {
		running.stop();
	}
}
