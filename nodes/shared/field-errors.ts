import type { IDataObject } from 'n8n-workflow';

/** Non-blank text, trimmed; anything else is undefined. */
export function textOf(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function entryText(entry: unknown): string {
	if (typeof entry === 'string') return entry;
	const { field, message } = (entry ?? {}) as IDataObject;
	const parts = [textOf(field), textOf(message)].filter(Boolean);
	return parts.length > 0 ? parts.join(': ') : JSON.stringify(entry);
}

/**
 * A vendor's field errors as "field: message" text joined by "; ", whether it sends them as
 * an object (`{field: message | [messages]}`), a list (of text or `{field, message}`) or text.
 */
export function fieldErrorText(value: unknown): string | undefined {
	let lines: string[] = [];
	if (Array.isArray(value)) {
		lines = value.map(entryText);
	} else if (typeof value === 'object' && value !== null) {
		lines = Object.entries(value as IDataObject).map(
			([field, message]) =>
				`${field}: ${Array.isArray(message) ? message.join(', ') : String(message)}`,
		);
	} else {
		return textOf(value);
	}
	lines = lines.filter((line) => line !== '');
	return lines.length === 0 ? undefined : lines.join('; ');
}
