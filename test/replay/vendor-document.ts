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
