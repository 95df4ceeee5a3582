import { ACCOUNT, woofedApi, woofedHarness, woofedNode } from '../woofedcrm-harness';

async function remove(parameters: Record<string, unknown>, continueOnFail = false) {
	return await woofedHarness().runChain(
		[{}],
		[
			woofedNode(
				'Delete',
				{ resource: 'contact', operation: 'delete', ...parameters },
				continueOnFail,
			),
		],
	);
}

describe('WoofedCRM › Contact › Delete', () => {
	it('sends DELETE /contacts/{id}, takes the 204 with no body, and outputs {deleted, id}', async () => {
		const api = woofedApi().delete(`${ACCOUNT}/contacts/12`).reply(204);

		const result = await remove({ contactId: '12' });

		expect(result.error).toBeUndefined();
		expect(api.isDone()).toBe(true);
		expect(result.output('Delete')).toEqual([{ deleted: true, id: 12 }]);
	});

	it("fails with WoofedCRM's own message on 404", async () => {
		woofedApi().delete(`${ACCOUNT}/contacts/99`).reply(404, { errors: 'Not found' });

		const result = await remove({ contactId: '99' });

		expect(result.error?.message).toBe('Not found');
		expect((result.error as { httpCode?: string }).httpCode).toBe('404');
	});

	it('refuses an empty Contact ID before sending', async () => {
		const api = woofedApi().delete(/.*/).reply(204);

		const result = await remove({ contactId: ' ' });

		expect(result.error?.message).toBe('"Contact" is required');
		expect(api.isDone()).toBe(false);
	});
});
