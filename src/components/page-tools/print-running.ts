/**
 * Text as a CSS string: quotes and backslashes escaped, line breaks as `\A`, so no clinic's name
 * can close the string or the style element.
 *
 * @example
 * cssString('Dr "A" <b>') // => '"Dr \\"A\\" \\3c b>"'
 */
export function cssString(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ').replace(/\r?\n/g, '\\A ')}"`;
}

/**
 * The running head and foot of a printed guide: `running` (the clinic's name and phone) at the top
 * of every sheet, and `page`, a sentence with `{page}` and `{pages}` (like "Page {page} of
 * {pages}"), at the foot, as CSS page-margin boxes, which Chromium prints on every page.
 *
 * @example
 * printRunningCss({ running: 'Clinic. Phone 1.', page: 'Page {page} of {pages}' })
 * // => '@media print{@page{margin:20mm 14mm 16mm;@top-center{content:"Clinic. Phone 1.";font:bold 12pt system-ui,sans-serif}@bottom-center{content:"Page " counter(page) " of " counter(pages);font:12pt system-ui,sans-serif}}}'
 */
export function printRunningCss({ running, page }: { running: string; page: string }): string {
	const foot = page
		.split(/(\{page\}|\{pages\})/)
		.filter((part) => part !== '')
		.map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
		.join(' ');
	return (
		`@media print{@page{margin:20mm 14mm 16mm;` +
		`@top-center{content:${cssString(running)};font:bold 12pt system-ui,sans-serif}` +
		`@bottom-center{content:${foot};font:12pt system-ui,sans-serif}}}`
	);
}
