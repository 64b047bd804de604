import { createHash } from 'node:crypto';
import { ALL_PATHS_PATTERN, BUILT_ASSETS_PATTERN } from './routes.ts';

/**
 * The portal's Content-Security-Policy, in one place. Every page carries it in a <meta> tag that
 * Astro writes (astro.config.mjs passes it these directives); the security-headers integration
 * writes the same directives into `_headers` for hosts that read one (docs/hosting.md shows it for
 * nginx). Neither allows 'unsafe-inline': an inline script or style runs only when its hash is in
 * the page's policy, and a hash gets there only from the code that produced the element (Astro for
 * its bundles, the diagram renderer for the stylesheet inside each SVG it draws, see
 * `allowPortalStyles`), never from reading the page. A `<style>` that content smuggled into a page
 * is therefore refused by the reader's browser. Pages carry no style attributes (Mermaid's become
 * rules of the SVG's own stylesheet, see src/lib/diagrams/svg.ts).
 */

/** A CSP source hash: `sha256-` and the base64 digest, as in `'sha256-…'`. */
export type CspHash = `sha256-${string}`;

/** The hash a browser computes for an inline `<style>` or `<script>` whose text is `text`. */
export function cspHash(text: string): CspHash {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The sources of `default-src`; the header policy spells them out per directive (see below). */
const DEFAULT_SOURCES = "'self'";

/**
 * Directives of both policies, besides `script-src` and `style-src` (which Astro composes with the
 * page's hashes). `img-src` has no `data:`: no page loads a data: image (diagrams are inline SVG
 * markup, the favicon is a file; tests/csp.site.test.ts fails if a built page or stylesheet uses one).
 */
export const CSP_DIRECTIVES = [
  `default-src ${DEFAULT_SOURCES}`,
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it grants no JS eval). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives a <meta> policy cannot carry (browsers ignore them there), so they are sent only in
 * `_headers`: `frame-ancestors` keeps other sites from framing the portal.
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Where browsers report what the policy blocked. Empty: the portal runs no collector. To receive
 * reports, add here `report-to csp` (and a `Reporting-Endpoints: csp="https://…"` line in
 * `headersFile`) and, for browsers without the Reporting API, `report-uri https://…`. Header only
 * like `frame-ancestors`: a <meta> policy cannot report.
 */
const REPORTING_DIRECTIVES: readonly string[] = [];

/**
 * Fetch directives that fall back to `default-src`, apart from the style ones. `_headers` holds one
 * policy for every page, but each page allows its own diagram stylesheets by hash (thousands of
 * distinct ones at national scale: every diagram's width and colours differ, far too many for one
 * header line). So the header policy leaves styles to each page's <meta> policy: it replaces
 * `default-src` by these directives with the same sources and has no `style-src`. Both policies
 * apply in the browser, so styles are exactly as strict as the page's own policy says.
 */
const FETCH_DIRECTIVES_BESIDES_STYLES = ['child-src', 'frame-src', 'manifest-src', 'media-src', 'worker-src'] as const;

/** The `_headers` policy: the page policy's directives and the scripts of every page (a handful). */
export function headerPolicy(scriptHashes: readonly CspHash[]): string {
  const siteWide = CSP_DIRECTIVES.flatMap((directive) =>
    directive === `default-src ${DEFAULT_SOURCES}` ? FETCH_DIRECTIVES_BESIDES_STYLES.map((name) => `${name} ${DEFAULT_SOURCES}`) : [directive],
  );
  return [
    ...siteWide,
    `script-src ${[...SCRIPT_SOURCES, ...scriptHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
    ...REPORTING_DIRECTIVES,
  ].join('; ');
}

/** `sha256-…` script hashes named in a page's CSP meta tag. */
export function scriptHashesInPage(html: string): CspHash[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  return [...scriptSrc.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1] as CspHash);
}

export function headersFile(scriptHashes: readonly CspHash[]): string {
  return [
    ALL_PATHS_PATTERN,
    `  Content-Security-Policy: ${headerPolicy(scriptHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
    BUILT_ASSETS_PATTERN,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** The part of Astro's per-page CSP API (`Astro.csp`) the portal uses. */
export interface PageCsp {
  insertStyleHash(hash: CspHash): void;
}

/**
 * Where a page's code leaves the hashes of the inline styles the portal produced for it, until
 * the layout writes them into the policy: `Astro.locals`, the one object a page and all its
 * components share for a request.
 */
export interface PortalStyles {
  portalStyleHashes?: Set<CspHash>;
}

/**
 * Allows, on the page being rendered, the inline styles the portal itself produced: pass
 * `Astro.locals` and the `styleHashes` the diagram renderer returned with its drawing. Must run
 * before src/layouts/Base.astro writes its <head>: in a page's frontmatter, or in a component
 * inside the layout's content, which Base renders first.
 */
export function allowPortalStyles(page: PortalStyles, hashes: readonly CspHash[]): void {
  for (const hash of hashes) (page.portalStyleHashes ??= new Set()).add(hash);
}

/**
 * Hands the collected hashes to Astro's per-page policy (`Astro.csp`, undefined in `astro dev`
 * where no policy is enforced), once and sorted: components render concurrently, and a page's
 * policy must be the same from one build to the next.
 */
export function writePortalStyles(csp: PageCsp | undefined, page: PortalStyles): void {
  for (const hash of [...(page.portalStyleHashes ?? [])].sort()) csp?.insertStyleHash(hash);
}

/**
 * Diagrams authors write in a body are drawn while the body is compiled, long before a page
 * renders it; their style hashes travel with the compiled body, under this key of the frontmatter
 * the Markdown processor hands on (Astro's `remarkPluginFrontmatter`).
 */
const BODY_STYLE_HASHES_KEY = 'portalStyleHashes';

const CSP_HASH = /^sha256-[A-Za-z0-9+/]{43}=$/;

/**
 * Records the style hashes of the diagrams drawn into a body. Call it for EVERY body, with `[]`
 * when it has no diagram: the processor's frontmatter starts as the author's own, and an author
 * who wrote this key must not get to choose hashes.
 */
export function recordBodyStyleHashes(frontmatter: Record<string, unknown>, hashes: readonly CspHash[]): void {
  frontmatter[BODY_STYLE_HASHES_KEY] = [...hashes];
}

/** The style hashes recorded for a compiled body; throws if they are not what the processor wrote. */
export function bodyStyleHashes(remarkPluginFrontmatter: Record<string, unknown>): CspHash[] {
  const recorded = remarkPluginFrontmatter[BODY_STYLE_HASHES_KEY];
  if (recorded === undefined) return [];
  if (!Array.isArray(recorded) || !recorded.every((hash): hash is CspHash => typeof hash === 'string' && CSP_HASH.test(hash))) {
    throw new Error(`${BODY_STYLE_HASHES_KEY} of a compiled body is not a list of sha256 hashes: ${JSON.stringify(recorded)}`);
  }
  return recorded;
}
