/**
 * The portal's Content-Security-Policy, in one place: Astro puts it (with the hashes of each page's
 * own scripts and styles) in a <meta> tag; the security-headers integration writes the same
 * policy into `_headers` for hosts that read one (and docs/hosting.md shows it for nginx).
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
