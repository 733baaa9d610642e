// Counts said in the wrong number (issue 21): "(s)" standing in for a plural, "1 domains", "1 tasks", a verb that
// disagrees with one ("1 will fail and are"), "All 1 domains". Used on headless output and on screen frames.

/** Each wrong-number phrase in `text`, in order of kind; empty when the text has none. */
export function wrongNumber(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/\w+\(s\)|\(es\)/g)) found.push(match[0]);
	for (const match of text.matchAll(
		/(?<![\d.,])\b1 (?:domains|tasks|names|lines|chunks|profiles|batches|years|days|suffixes|requests|rejected lines|duplicate lines|duplicates)\b/g,
	))
		found.push(match[0]);
	for (const match of text.matchAll(/(?<![\d.,])\b1 (?:will fail and are|were|are|have)\b/g)) found.push(match[0]);
	for (const match of text.matchAll(/\bAll 1 \w+/g)) found.push(match[0]);
	return found;
}
