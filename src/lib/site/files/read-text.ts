/*
 * A clinic's text file (clinic.yaml, a guide) read as UTF-8, or one sentence saying how it is
 * saved instead. Editors on Turkish Windows save Windows-1254 by default and Notepad may save
 * UTF-16; read as UTF-8 those give broken letters or look empty, so the build says how to save
 * the file rather than publishing it garbled. Pure: the caller reads the bytes.
 */

export type ReadText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

const SAVE_AS = 'open it in your editor and save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8)';

/**
 * The file's text, or why it cannot be read. A UTF-8 byte-order mark is dropped when `bom` is
 * `'drop'`, and refused when `'refuse'` (the guides' front-matter reader does not expect one).
 *
 * @example
 * readUtf8(new Uint8Array([0x68, 0x69]), 'clinic.yaml') // => { ok: true, text: 'hi' }
 * readUtf8(new Uint8Array([0xff, 0xfe, 0x68, 0x00]), 'clinic.yaml').ok // => false
 */
export function readUtf8(bytes: Uint8Array, file: string, { bom = 'drop' }: { bom?: 'drop' | 'refuse' } = {}): ReadText {
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes.length > 1 && bytes.slice(0, 200).filter((b) => b === 0).length > 0);
	if (utf16) return { ok: false, problem: `${file}: the file is saved as UTF-16 (or holds zero bytes), not as text this site can read; ${SAVE_AS}.` };
	const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	if (hasBom && bom === 'refuse') {
		return { ok: false, problem: `${file}: the file starts with an invisible byte-order mark (BOM); save it as UTF-8 without BOM (in Notepad: "UTF-8", not "UTF-8 with BOM").` };
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		const at = firstInvalidLine(bytes);
		return { ok: false, problem: `${file}, line ${at}: the file is not saved as UTF-8 (it may be Windows-1254, the Turkish Windows encoding, or another older one), so letters like ğ, ş and ı would break; ${SAVE_AS}.` };
	}
	return { ok: true, text };
}

/** The line of the first byte that is not UTF-8, for the message. */
function firstInvalidLine(bytes: Uint8Array): number {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let line = 1;
	let start = 0;
	for (let i = 0; i <= bytes.length; i += 1) {
		if (i === bytes.length || bytes[i] === 0x0a) {
			try {
				decoder.decode(bytes.slice(start, i));
			} catch {
				return line;
			}
			line += 1;
			start = i + 1;
		}
	}
	return line;
}
