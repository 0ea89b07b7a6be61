/**
 * Reads a colour written as `#rrggbb` (or `#rgb`) into its red, green and blue parts.
 *
 * @example
 * parseHexColour('#005eb8') // => [0, 94, 184]
 * parseHexColour('blue')    // => undefined
 */
export function parseHexColour(value: string): [number, number, number] | undefined {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
	if (!match?.[1]) return undefined;
	const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
	return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
	const linear = (channel: number) => {
		const c = channel / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white).
 * A colour that cannot be read counts as no contrast.
 *
 * @example
 * contrastRatio('#000000', '#ffffff') // => 21
 * contrastRatio('#005eb8', '#ffffff') // => about 6.38
 */
export function contrastRatio(a: string, b: string): number {
	const ca = parseHexColour(a);
	const cb = parseHexColour(b);
	if (!ca || !cb) return 1;
	const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}
