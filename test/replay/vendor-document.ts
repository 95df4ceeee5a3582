import { existsSync, readFileSync } from 'fs';
import { resolve } from 'path';

/**
 * The lines of a vendor's document (`fileName` in $VENDOR_DOCS or ../shared/vendor-docs), or
 * undefined where it is not at hand: the fixtures are checked against it only then.
 */
export function vendorDocumentLines(fileName: string): string[] | undefined {
	const folder = [
		process.env.VENDOR_DOCS,
		resolve(__dirname, '../../../shared/vendor-docs'),
		resolve(__dirname, '../../../../shared/vendor-docs'),
	].find((candidate) => candidate !== undefined && existsSync(resolve(candidate, fileName)));
	return folder === undefined
		? undefined
		: readFileSync(resolve(folder, fileName), 'utf8').split('\n');
}

/** The ids of the examples a file replays; after the file, logs how many of `found`. */
export function replayedExamples(vendor: string, found: number): Set<string> {
	const replayed = new Set<string>();
	afterAll(() => {
		console.log(`${vendor}: examples replayed ${replayed.size} / found ${found}`);
	});
	return replayed;
}

interface DocumentExample {
	id: string;
	/** The first and last line of the document the example stands on. */
	lines: number[];
	verbatim: string;
}

/**
 * The replay tests of a document whose examples each have a replay: one per example, that
 * every example has one, and, where the document is at hand, that each example stands in it
 * at its lines (`isVerbatim` says how an example is compared with those lines).
 */
export function describeReplays<Example extends DocumentExample>(options: {
	vendor: string;
	/** How the tests name the document, e.g. "the quickstart". */
	documentName: string;
	fileName: string;
	examples: Example[];
	replays: Record<string, (example: Example) => Promise<void>>;
	isVerbatim(lines: string, example: Example): boolean;
}): void {
	const { vendor, documentName, fileName, examples, replays, isVerbatim } = options;
	const replayed = replayedExamples(vendor, examples.length);
	describe(`${vendor} › ${documentName}’s own examples, replayed`, () => {
		it(`has a replay for every example found in ${documentName}`, () => {
			expect(examples.map((example) => example.id).sort()).toEqual(Object.keys(replays).sort());
		});

		it.each(examples.map((example) => [example.id, example.lines.join('-')]))(
			`%s (${fileName} lines %s)`,
			async (id) => {
				await replays[id](examples.find((example) => example.id === id)!);
				replayed.add(id);
			},
		);

		const text = vendorDocumentLines(fileName);
		(text === undefined ? it.skip : it)(
			`every example is verbatim in ${documentName} at its lines`,
			() => {
				for (const example of examples) {
					const [first, last] = example.lines;
					const lines = text!.slice(first - 1, last).join('\n');
					expect([example.id, isVerbatim(lines, example)]).toEqual([example.id, true]);
				}
			},
		);
	});
}
