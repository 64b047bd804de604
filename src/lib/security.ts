import { createHash } from 'node:crypto';

/**
 * The portal's Content-Security-Policy, in one place. Astro puts it, with the hashes of each page's
 * scripts, in a <meta> tag; `completeStylePolicy` adds the hashes of inline SVG styles once the
 * page is rendered; the security-headers integration writes the policy into `_headers` for hosts
 * that read one (docs/hosting.md shows it for nginx). Pages carry no style attributes (Mermaid's
 * become hashed rules, see src/lib/diagrams/svg.ts), so styles need no 'unsafe-inline'.
 */

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it grants no JS eval). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * The header policy for all pages. Script hashes are the union over every page (a handful: the
 * same bundled scripts everywhere). Styles cannot run code; the header allows inline styles so one
 * site-wide rule fits every page, while each page's <meta> policy still lists exact style hashes
 * (both policies apply, so the stricter one wins in the browser).
 */
export function headerPolicy(scriptHashes: readonly string[]): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...scriptHashes.map((hash) => `'${hash}'`)].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `sha256-…` script hashes named in a page's CSP meta tag. */
export function scriptHashesInPage(html: string): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src')) ?? '';
  return [...scriptSrc.matchAll(/'(sha(?:256|384|512)-[^']+)'/g)].map((match) => match[1]!);
}

export function headersFile(scriptHashes: readonly string[]): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy(scriptHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

const META_POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/**
 * Completes a rendered page's style-src with the hash of every inline <style> (Mermaid's SVGs).
 * A page whose diagrams are drawn in the reader's browser (`mermaid-source`) gets 'unsafe-inline'
 * for styles instead, because Mermaid creates its styles there; hashes would switch that off.
 */
export function completeStylePolicy(html: string): string {
  const meta = META_POLICY.exec(html);
  if (!meta) return html;
  const directives = meta[2]!.split(';').map((directive) => directive.trim()).filter(Boolean);
  const styleIndex = directives.findIndex((directive) => directive.startsWith('style-src '));
  const existing = styleIndex === -1 ? ["'self'"] : directives[styleIndex]!.split(/\s+/).slice(1);
  let sources: string[];
  if (html.includes('class="mermaid-source')) {
    sources = ["'self'", "'unsafe-inline'"];
  } else {
    const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
      (match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`,
    );
    sources = [...new Set([...existing, ...hashes])];
  }
  const styleDirective = `style-src ${sources.join(' ')}`;
  if (styleIndex === -1) directives.push(styleDirective);
  else directives[styleIndex] = styleDirective;
  return html.replace(META_POLICY, (_, start: string, __: string, end: string) => `${start}${directives.join('; ')};${end}`);
}
