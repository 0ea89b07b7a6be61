import { encode } from 'uqr';

/*
 * A QR code drawn as one SVG path, made in the browser by `uqr` (issue 23: chosen over `lean-qr`
 * and `qrcode`; the commit and the README say why). Error correction starts at L and is raised
 * as far as the same size allows (`boostEcc`): a link of up to 106 characters (the site's links
 * are fragments of ids and dates, ~80 to 100) stays at version 5, 37 modules, so a code printed
 * 2 cm wide (printout.css) has modules of 0.44 mm with the quiet zone of four the standard asks,
 * which a home printer and a phone camera manage. QrCode.test.ts holds these sizes.
 */

const QUIET = 4;

/** The SVG path of a QR code's dark modules, and its width in modules with the quiet zone. */
export function qrPath(text: string): { path: string; size: number } {
	const { data, size } = encode(text, { ecc: 'L', boostEcc: true, border: 0 });
	let path = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
		}),
	);
	return { path, size: size + 2 * QUIET };
}

export function QrCode({ text, label }: { text: string; label: string }) {
	const { path, size } = qrPath(text);
	return (
		<svg class="printout__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
			<rect width={size} height={size} fill="#fff" />
			<path d={path} fill="#000" />
		</svg>
	);
}
