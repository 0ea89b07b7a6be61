import { mdxToMdast } from 'satteri';

/*
 * What a guide's MDX may contain beyond Markdown. The pages' Content-Security-Policy would block
 * a script, an inline style or an off-site image; the build refuses them first, so a clinic
 * sees the mistake instead of a page that silently lacks it. The parser is Sätteri's, the one
 * Astro's MDX uses, so what is checked is what is built.
 */

/** HTML elements a guide may write: text-level and table markup, nothing that loads or runs. */
export const ALLOWED_ELEMENTS = new Set([
	'abbr', 'b', 'br', 'cite', 'code', 'dd', 'del', 'dfn', 'dl', 'dt', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small',
	'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'p', 'ul', 'ol', 'li', 'blockquote', 'table', 'caption', 'thead',
	'tbody', 'tfoot', 'tr', 'th', 'td', 'details', 'summary', 'figure', 'figcaption',
]);

/** Attributes allowed on those elements (components take their own props). */
export const ALLOWED_ATTRIBUTES = new Set(['lang', 'dir', 'title', 'datetime', 'cite', 'colspan', 'rowspan', 'scope', 'headers', 'open', 'start', 'reversed']);

/** Attributes refused even on components: they carry code or styling the CSP blocks. */
const FORBIDDEN_PROP = /^(on[a-z]|style$|dangerouslySetInnerHTML$|class$|className$|src$|srcset$|href$)/i;

/** Link targets a guide may use: its own pages, https, mail and phone. */
const SAFE_LINK = /^(https:\/\/|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/|[a-z0-9-]+\/?(#.*)?$)/i;

export interface MdxProblem {
	/** Line in the text that was checked (add the front matter's lines for the file's line). */
	line: number;
	message: string;
}

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

/**
 * The raw HTML, attributes, images and links a guide may not publish, with their lines.
 *
 * @example
 * checkMdx('Hello\n\n<script>alert(1)</script>\n').map((p) => p.line) // => [3]
 */
export function checkMdx(body: string): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const visit = (node: Node) => {
		const line = node.position?.start.line ?? 1;
		const add = (message: string) => problems.push({ line, message });
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
			const isHtml = /^[a-z]/.test(node.name);
			if (isHtml && !ALLOWED_ELEMENTS.has(node.name)) {
				add(`<${node.name}> is not allowed in a guide; write it in Markdown or use one of the guide components (the README lists them)`);
			}
			for (const attribute of node.attributes ?? []) {
				if (attribute.type !== 'mdxJsxAttribute') {
					add(`<${node.name}> has a {…} spread of attributes; write each attribute out`);
				} else if (attribute.name && (FORBIDDEN_PROP.test(attribute.name) || (isHtml && !ALLOWED_ATTRIBUTES.has(attribute.name)))) {
					add(`the ${attribute.name}= attribute on <${node.name}> is not allowed in a guide; remove it (styles come from the site, links from <PageLink> or Markdown)`);
				}
			}
		}
		if (node.type === 'image' && node.url !== undefined && /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(node.url)) {
			add(`the image ${node.url} is on another site; the site shows only its own images: put it in public/ and write its path, like /images/knee.svg`);
		}
		if (node.type === 'link' && node.url !== undefined && !SAFE_LINK.test(node.url)) {
			add(`the link ${node.url} is not allowed; link to https:// addresses, mailto:, tel: or the site's own pages`);
		}
		for (const child of node.children ?? []) visit(child);
	};
	let tree: Node;
	try {
		tree = mdxToMdast(body) as unknown as Node;
	} catch {
		// Not valid MDX: Astro's own compile error names the file and line.
		return [];
	}
	visit(tree);
	return problems;
}
