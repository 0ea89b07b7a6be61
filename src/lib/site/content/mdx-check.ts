import { mdxToMdast } from 'satteri';
import { fixedPages } from '../../routes.ts';
import { settingNames } from './setting-values.ts';
import { careLevels } from './warning-signs.ts';

/*
 * What a guide's MDX may contain beyond Markdown. A guide is content, never code: MDX would run
 * an `import`, an `export` or a `{…}` expression at build time (reading the build machine's
 * files, or stopping the build), so the build refuses every one of them before MDX compiles the
 * guide, and allows only the site's own components with plain quoted attributes. The pages'
 * Content-Security-Policy would block a script, an inline style (a code block's colours) or an
 * off-site image; the build refuses them too, so a clinic sees the mistake instead of a page
 * that silently lacks it. The parser is Sätteri's, the one Astro's MDX uses, so what is checked
 * is what is built.
 */

/** HTML elements a guide may write: text-level and table markup, nothing that loads or runs. */
export const ALLOWED_ELEMENTS = new Set([
	'abbr', 'b', 'br', 'cite', 'code', 'dd', 'del', 'dfn', 'dl', 'dt', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small',
	'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'p', 'ul', 'ol', 'li', 'blockquote', 'table', 'caption', 'thead',
	'tbody', 'tfoot', 'tr', 'th', 'td', 'details', 'summary', 'figure', 'figcaption',
]);

/** Attributes allowed on those elements (components take their own props). */
export const ALLOWED_ATTRIBUTES = new Set(['lang', 'dir', 'title', 'datetime', 'cite', 'colspan', 'rowspan', 'scope', 'headers', 'open', 'start', 'reversed']);

/** NHS content guidance: a care card holds no more than 5 bullets. */
export const MAX_CARE_CARD_BULLETS = 5;

/**
 * The components a guide may use (src/components/content/index.ts), each with the attributes it
 * takes and, where an attribute has a fixed set of values, those values. A new component goes here.
 */
export const GUIDE_COMPONENTS: Readonly<Record<string, Readonly<Record<string, readonly string[] | 'text'>>>> = {
	BodyMap: { back: 'text', hip: 'text', knee: 'text', shoulder: 'text', wrist: 'text', tendons: 'text' },
	// Its heading and signs come from src/lib/site/content/warning-signs.ts: a guide gives only the level.
	CareCard: { level: careLevels, headingLevel: ['2', '3', '4'] },
	KeyFacts: { title: 'text', headingLevel: ['2', '3'] },
	PageLink: { to: fixedPages, guide: 'text', hash: 'text' },
	SessionPrice: {},
	Value: { name: settingNames },
	ExerciseSheetList: { overview: 'text' },
};

/** Attributes a component must have. */
const REQUIRED: Readonly<Record<string, readonly string[]>> = { CareCard: ['level'], Value: ['name'] };

/** Link targets a guide may use: its own pages, https, mail and phone; never `//other.site`. */
const SAFE_LINK = /^(https:\/\/|mailto:|tel:|#|\/(?![/\\])|\.{1,2}\/|[a-z0-9-]+\/?(#.*)?$)/i;
/** An image of the site's own: a path, never an address with a scheme or `//`. */
const OWN_IMAGE = /^(?![a-z][a-z0-9+.-]*:|[/\\]{2})/i;

export interface MdxProblem {
	/** Line in the text that was checked (add the front matter's lines for the file's line). */
	line: number;
	message: string;
}

/** What the check knows about the site: the guide slugs a `<PageLink guide>` may name. */
export interface MdxContext {
	/** The guides of the guide's own language, by slug; when left out, any slug is accepted. */
	guideSlugs?: readonly string[];
}

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	value?: unknown;
	identifier?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

/** The line of an MDX parse error ("3:6: Expected a closing tag…"), and its first sentence. */
function parseProblem(error: unknown): MdxProblem {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):\d+(?:-\d+:\d+)?: (.*?)(?: \(\d+:\d+(?:-\d+:\d+)?\))?(?: \([a-z-]+:[a-z-]+\))?$/s.exec(text);
	// Positions inside the reason count from the body, not the file: left out.
	const reason = (match?.[2] ?? text).replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '').replace(/\s+/g, ' ');
	return {
		line: Number(match?.[1] ?? 1),
		message: `the text cannot be read (${reason}); check that every <Component> is closed, and write a { or < that is meant as text as \\{ or &lt;`,
	};
}

/**
 * The code, raw HTML, attributes, images and links a guide may not publish, with their lines.
 * Never throws: text MDX cannot read is a problem too.
 *
 * @example
 * checkMdx('Hello\n\n<script>alert(1)</script>\n').map((p) => p.line) // => [3]
 * checkMdx('export const x = process.exit(3)\n').length // => 1
 */
export function checkMdx(body: string, context: MdxContext = {}): MdxProblem[] {
	let tree: Node;
	try {
		tree = mdxToMdast(body) as unknown as Node;
	} catch (error) {
		return [parseProblem(error)];
	}
	const problems: MdxProblem[] = [];
	const definitions = new Map<string, Node>();
	const collect = (node: Node) => {
		if (node.type === 'definition' && node.identifier !== undefined) definitions.set(node.identifier, node);
		for (const child of node.children ?? []) collect(child);
	};
	collect(tree);
	const lineOf = (node: Node) => node.position?.start.line ?? 1;

	const checkImage = (url: string, line: number) => {
		if (!OWN_IMAGE.test(url.trim())) {
			problems.push({ line, message: `the image ${url} is on another site; the site shows only its own images: put it in public/ and write its path, like /images/knee.svg` });
		}
	};
	const checkLink = (url: string, line: number) => {
		if (!SAFE_LINK.test(url.trim()) || /[\\\s]/.test(url.trim())) {
			problems.push({ line, message: `the link ${url} is not allowed; link to https:// addresses, mailto:, tel: or the site's own pages` });
		}
	};

	const checkComponent = (node: Node, name: string, add: (message: string) => void) => {
		const allowed = GUIDE_COMPONENTS[name];
		if (!allowed) {
			add(`<${name}> is not a guide component; use one of ${Object.keys(GUIDE_COMPONENTS).map((c) => `<${c}>`).join(', ')}, or check its spelling`);
			return;
		}
		const given = new Map<string, string | null>();
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
			given.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : null);
			const values = allowed[attribute.name];
			if (values === undefined) {
				const names = Object.keys(allowed);
				add(`<${name}> has no ${attribute.name}= attribute; ${names.length > 0 ? `it takes ${names.map((n) => `${n}=`).join(', ')}` : 'it takes none'}`);
				continue;
			}
			const value = attribute.value;
			if (typeof value === 'string' && values !== 'text' && !values.includes(value)) {
				add(`<${name} ${attribute.name}="${value}"> is not one the site has; use one of ${quoted(values)}`);
			}
		}
		for (const required of REQUIRED[name] ?? []) {
			if (!given.has(required)) add(`<${name}> needs a ${required}="…" attribute${Array.isArray(allowed[required]) ? `, one of ${quoted(allowed[required] as readonly string[])}` : ''}`);
		}
		if (name === 'PageLink') {
			const to = given.get('to');
			const guide = given.get('guide');
			if ((to === undefined) === (guide === undefined)) add('<PageLink> needs either to="…" (a page, like "medication") or guide="…" (a guide\'s file name, like "side-effects"), not both');
			else if (typeof guide === 'string' && context.guideSlugs && !context.guideSlugs.includes(guide)) {
				add(`<PageLink guide="${guide}"> names no guide in this language; use the file name of one, like ${quoted(context.guideSlugs.slice(0, 3))}`);
			}
		}
		if (name === 'CareCard') {
			const bullets = (node.children ?? []).filter((child) => child.type === 'list').reduce((sum, list) => sum + (list.children?.length ?? 0), 0);
			if (bullets > MAX_CARE_CARD_BULLETS) {
				add(`the ${given.get('level') ?? ''} care card has ${bullets} bullets; a care card holds at most ${MAX_CARE_CARD_BULLETS}, so split it into two cards or shorten the list`);
			}
		}
	};

	const visit = (node: Node) => {
		const line = lineOf(node);
		const add = (message: string) => problems.push({ line, message });
		switch (node.type) {
			case 'mdxjsEsm':
				add(`"${String(node.value).split('\n')[0]?.slice(0, 60)}" is code, and a guide is text: remove the import or export line (the guide components need no import)`);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(`{${String(node.value).slice(0, 40)}} is code, and a guide is text: write the words themselves (a clinic number as <Value name="…" />), or write \\{ for a brace`);
				break;
			case 'code':
				add('a code block (``` or an indented block) is not allowed in a guide; write the text as a paragraph or a list, without the ``` lines or the indent');
				break;
			case 'html':
				add('raw HTML is not allowed in a guide; write it in Markdown or use one of the guide components (the README lists them)');
				break;
			case 'image':
				if (node.url !== undefined) checkImage(node.url, line);
				break;
			case 'link':
				if (node.url !== undefined) checkLink(node.url, line);
				break;
			case 'definition':
				if (node.url !== undefined) checkLink(node.url, line);
				break;
			case 'imageReference': {
				const definition = definitions.get(node.identifier ?? '');
				if (definition?.url !== undefined) checkImage(definition.url, lineOf(definition));
				break;
			}
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name;
				if (!name) break;
				const isHtml = /^[a-z][a-z0-9]*$/.test(name);
				for (const attribute of node.attributes ?? []) {
					if (attribute.type !== 'mdxJsxAttribute') {
						add(`<${name}> has a {…} spread of attributes, which is code; write each attribute out in quotes`);
					} else if (attribute.value !== null && typeof attribute.value === 'object') {
						add(`the ${attribute.name}={…} attribute on <${name}> is code; write its value in quotes, like ${attribute.name}="…"`);
					} else if (attribute.name && (/^(on[a-z]|style$|dangerouslySetInnerHTML$|class$|className$|src$|srcset$|href$)/i.test(attribute.name) || (isHtml && !ALLOWED_ATTRIBUTES.has(attribute.name)))) {
						add(`the ${attribute.name}= attribute on <${name}> is not allowed in a guide; remove it (styles come from the site, links from <PageLink> or Markdown)`);
					}
				}
				if (isHtml) {
					if (!ALLOWED_ELEMENTS.has(name)) add(`<${name}> is not allowed in a guide; write it in Markdown or use one of the guide components (the README lists them)`);
				} else {
					checkComponent(node, name, add);
				}
				break;
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	return problems;
}
