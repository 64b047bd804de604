import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { DIMENSION_IDS } from '../dimensions.ts';
import { programmePath, regionDimensionPath, regionPath } from '../routes.ts';
import type { EntryLocation } from './layout.ts';
import { describeRule, type RuleId } from './messages.ts';
import type { Problem } from './problem.ts';
import { urlScheme } from './safety/policy.ts';
import { closestMatch } from './suggest.ts';

/**
 * Internal links in content bodies, resolved by the check against the portal the content makes:
 * Markdown links and `<a href>` in `.mdx` to regions, programmes, dimension pages and their
 * sections, `<ProgramRef id>`, and images reached through a reference definition (`![alt][peta]`).
 * Astro publishes a broken internal link without a word; here it is a problem with file:line and,
 * where a near name exists, "did you mean".
 *
 * A body is published at its own page (`/<region>/program/<id>/` …) and again below `/en/`, so a
 * relative address is resolved against that page, as a browser would.
 */

/** What a body points at, with the file line each stands on. */
export type BodyReference =
  | { readonly kind: 'link'; readonly line: number; readonly url: string }
  | { readonly kind: 'image'; readonly line: number; readonly url: string }
  | { readonly kind: 'programme'; readonly line: number; readonly id: string };

export interface BodyOutline {
  readonly references: readonly BodyReference[];
  /** The ids the build gives the body's headings (`## Latar belakang` → `latar-belakang`). */
  readonly anchors: readonly string[];
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** The text a heading's id is made of: what the reader sees, as the build's heading-ids step reads it. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

function stringAttribute(element: JsxElement, name: string): { value: string; line: number } | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return { value: attribute.value, line: attribute.position?.start.line ?? element.position?.start.line ?? 1 };
    }
  }
  return undefined;
}

/**
 * The references and heading anchors of a body's Markdown tree (the tree the guard judged).
 * Lines are those of the file: the body starts on `firstBodyLine`.
 */
export function outlineBody(root: Root, firstBodyLine: number): BodyOutline {
  const references: BodyReference[] = [];
  const anchors: string[] = [];
  const slugger = new GithubSlugger();
  const imageLabels = new Set<string>();
  const definitions: { identifier: string; url: string; line: number }[] = [];
  const fileLine = (node: Nodes): number => firstBodyLine + (node.position?.start.line ?? 1) - 1;
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading':
        anchors.push(slugger.slug(textOf(node)));
        break;
      case 'link':
        references.push({ kind: 'link', line: fileLine(node), url: node.url });
        break;
      case 'definition':
        definitions.push({ identifier: node.identifier, url: node.url, line: fileLine(node) });
        break;
      case 'imageReference':
        imageLabels.add(node.identifier);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attribute = node.name === 'a' ? stringAttribute(node, 'href') : node.name === 'ProgramRef' ? stringAttribute(node, 'id') : undefined;
        if (attribute) {
          const line = firstBodyLine + attribute.line - 1;
          references.push(node.name === 'a' ? { kind: 'link', line, url: attribute.value } : { kind: 'programme', line, id: attribute.value });
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  // A definition serves every reference to its label; one used by an image must name an image.
  for (const { identifier, url, line } of definitions) references.push({ kind: imageLabels.has(identifier) ? 'image' : 'link', line, url });
  return { references: references.sort((a, b) => a.line - b.line), anchors };
}

/** One body's references, and where the body is published. */
export interface BodyLinks {
  readonly file: string;
  readonly location: EntryLocation;
  readonly references: readonly BodyReference[];
}

/** The part of the portal a content link can reach, as the check knows it. */
export interface PortalMap {
  /** Region folders with an index file, each with the ids (file names) of its programmes. */
  readonly regions: ReadonlyMap<string, ReadonlySet<string>>;
  /** Regions with a page but no content folder: cohort participants (src/pages/[...lang]/[participant].astro). */
  readonly participants: ReadonlySet<string>;
  /** Heading anchors of each content page, by the page's path. */
  readonly headingAnchors: ReadonlyMap<string, readonly string[]>;
  /** Why an address of a file in public/ does not name one, as for images (files.ts `imageReferenceProblem`). */
  readonly publicFileProblem: (path: string) => Pick<Problem, 'message' | 'hint'> | undefined;
}

/** The page a body is published at. */
export function pagePathOf(location: EntryLocation): string {
  if (location.kind === 'region') return regionPath(location.region);
  if (location.kind === 'dimensionPage') return regionDimensionPath(location.region, location.name);
  return programmePath(location.region, location.name);
}

/**
 * Pages below the site root that are not a region (src/pages/[...lang]/*.astro and folders);
 * tests/links.test.ts keeps this list equal to the route files.
 */
export const PORTAL_PAGES = ['bandingkan', 'cari', 'daerah', 'data', 'dimensi', 'glosarium', 'tentang'] as const;

/** Generated downloads and feeds: their addresses are not checked one by one. */
const GENERATED_FOLDERS: readonly string[] = ['data', 'feeds'];
const DIRECTORY_GROUPS: readonly string[] = ['provinsi', 'kohort', 'status'];

/**
 * Sections every page of a kind carries (ids in its template), besides the body's headings;
 * tests/links.site.test.ts finds each of them in a built page.
 */
export const PAGE_SECTIONS: Readonly<Record<EntryLocation['kind'], readonly string[]>> = {
  region: ['profil', 'ringkasan', 'visi', 'peta-jalan', 'dimensi', 'quick-win', 'program', 'dokumen', 'sumber'],
  dimensionPage: [],
  programme: ['ringkasan', 'deskripsi', 'kemajuan', 'indikator', 'pendanaan', 'sumber'],
};

const SITE = 'https://portal.invalid';

type Resolution = { readonly rule: RuleId; readonly values: Readonly<Record<string, string>> } | undefined;

/** What a path on the portal is: a content page (whose sections can be checked), another page, or a problem. */
type Target = { readonly page: string; readonly kind: EntryLocation['kind'] } | 'page' | { readonly rule: RuleId; readonly values: Readonly<Record<string, string>> };

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function targetOf(segments: readonly string[], portal: PortalMap): Target {
  const [first, second, third, ...rest] = segments;
  if (first === undefined) return 'page';
  const unknownDimension = (dimension: string): Target => ({ rule: 'link-dimension-unknown', values: { dimension } });
  const programmes = portal.regions.get(first);
  if (programmes) {
    if (second === undefined) return { page: regionPath(first), kind: 'region' };
    if (second === 'peta-jalan' && third === undefined) return 'page';
    if (second === 'dimensi' && third !== undefined && rest.length === 0) {
      return (DIMENSION_IDS as readonly string[]).includes(third) ? { page: regionDimensionPath(first, third), kind: 'dimensionPage' } : unknownDimension(third);
    }
    if (second === 'program' && third !== undefined && rest.length === 0) {
      if (programmes.has(third)) return { page: programmePath(first, third), kind: 'programme' };
      return { rule: 'link-programme-unknown', values: { region: first, id: third, ...suggestion(third, [...programmes]) } };
    }
    return { rule: 'link-page-unknown', values: {} };
  }
  if (portal.participants.has(first)) return second === undefined ? 'page' : { rule: 'link-page-unknown', values: {} };
  if ((PORTAL_PAGES as readonly string[]).includes(first)) {
    if (second === undefined || GENERATED_FOLDERS.includes(first)) return 'page';
    if (first === 'dimensi' && rest.length === 0) return (DIMENSION_IDS as readonly string[]).includes(second) ? 'page' : unknownDimension(second);
    if (first === 'daerah' && third !== undefined && rest.length === 0 && DIRECTORY_GROUPS.includes(second)) return 'page';
    return { rule: 'link-page-unknown', values: {} };
  }
  if (GENERATED_FOLDERS.includes(first)) return 'page';
  const regions = [...portal.regions.keys(), ...portal.participants];
  if (/^(kota|kabupaten)-/.test(first)) return { rule: 'link-region-unknown', values: { region: first, ...suggestion(first, regions) } };
  return { rule: 'link-page-unknown', values: suggestion(first, [...PORTAL_PAGES, ...regions]) };
}

function suggestion(input: string, candidates: readonly string[]): Record<string, string> {
  const match = closestMatch(input, candidates);
  return match === undefined ? {} : { suggestion: match };
}

/** Resolves one link written on the page `pagePath`; undefined when it reaches something that exists. */
function resolveLink(url: string, pagePath: string, kind: EntryLocation['kind'], portal: PortalMap): Resolution {
  const written = url.trim();
  // Other sites (and mailto:, tel:) are not the portal's to check; a `//host` address is another site too.
  if (written === '' || urlScheme(written) !== undefined || /^[/\\]{2}/.test(written)) return undefined;
  let target: URL;
  try {
    target = new URL(written, `${SITE}${pagePath}`);
  } catch {
    return { rule: 'link-page-unknown', values: {} };
  }
  const segments = target.pathname.split('/').slice(1).map(decode);
  if (segments[0] === 'en') segments.shift();
  const last = segments.at(-1) ?? '';
  if (last.includes('.')) {
    if (GENERATED_FOLDERS.includes(segments[0] ?? '')) return undefined;
    const path = `/${segments.join('/')}`;
    return portal.publicFileProblem(path) ? { rule: 'link-file-missing', values: { path } } : undefined;
  }
  const hasSlash = last === '';
  if (hasSlash) segments.pop();
  const anchor = decode(target.hash.slice(1));
  const isSamePage = written.startsWith('#');
  const page: Target = isSamePage ? { page: pagePath, kind } : targetOf(segments, portal);
  if (typeof page === 'object' && 'rule' in page) return page;
  if (!hasSlash) return { rule: 'link-trailing-slash', values: { fixed: `${target.pathname}/${target.search}${target.hash}` } };
  if (anchor === '' || page === 'page') return undefined;
  const anchors = [...(portal.headingAnchors.get(page.page) ?? []), ...PAGE_SECTIONS[page.kind]];
  if (anchors.includes(anchor)) return undefined;
  return { rule: 'link-anchor-unknown', values: { anchor, ...suggestion(anchor, anchors) } };
}

/** The address as written and, when it is relative, the page it leads to: `../x/ (= /kota-a/program/x/)`. */
function shownAddress(url: string, pagePath: string): string {
  if (/^[/#]/.test(url.trim())) return url;
  const target = new URL(url.trim(), `${SITE}${pagePath}`);
  return `${url} (= ${target.pathname}${target.hash})`;
}

/** Every broken reference of every body, at its file and line. */
export function checkBodyLinks(bodies: readonly BodyLinks[], portal: PortalMap): Problem[] {
  const problems: Problem[] = [];
  for (const { file, location, references } of bodies) {
    const pagePath = pagePathOf(location);
    for (const reference of references) {
      const at = { file, line: reference.line, field: '' };
      if (reference.kind === 'programme') {
        const programmes = [...(portal.regions.get(location.region) ?? [])];
        if (!programmes.includes(reference.id)) {
          problems.push({ ...at, ...describeRule('programme-ref-unknown', { id: reference.id, region: location.region, ...suggestion(reference.id, programmes) }) });
        }
      } else if (reference.kind === 'image') {
        const problem = portal.publicFileProblem(reference.url);
        if (problem) problems.push({ ...at, message: problem.message, ...(problem.hint ? { hint: problem.hint } : {}) });
      } else {
        const resolution = resolveLink(reference.url, pagePath, location.kind, portal);
        if (resolution) problems.push({ ...at, ...describeRule(resolution.rule, { url: shownAddress(reference.url, pagePath), ...resolution.values }) });
      }
    }
  }
  return problems;
}
