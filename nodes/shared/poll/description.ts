import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** What every polling trigger's description says alike: polled, no input, one output. */
export const pollingTrigger = {
	polling: true,
	inputs: [],
	outputs: [NodeConnectionTypes.Main],
} satisfies Partial<INodeTypeDescription>;

/** The "Include Existing Records" option every trigger offers. */
export const includeExistingOption: INodeProperties = {
	displayName: 'Include Existing Records',
	name: 'includeExisting',
	type: 'boolean',
	default: false,
	description:
		'Whether the first poll after activation emits the records that already exist (read over several polls when there are many and the list comes in an order; a list in no order must fit the 10 pages a poll reads). Off: only records appearing after activation are emitted.',
};

/** The "Max Pages per Poll" option every trigger offers: the cost of a poll, the user's call. */
export const maxPagesOption: INodeProperties = {
	displayName: 'Max Pages per Poll',
	name: 'maxPagesPerPoll',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 500 },
	default: 10,
	description:
		"Pages (one request each) a poll may read. A list that must be read whole and has more pages fails the poll with an error saying so, rather than missing records; a backlog in a list that comes in an order is read over several polls; an event that reports a change read by time (such as a phase changed) learns at activation the state of the records on up to this many pages. Mind the vendor's rate limit.",
};

/** The options every trigger offers after its own. */
export const pollOptions: INodeProperties[] = [includeExistingOption, maxPagesOption];
