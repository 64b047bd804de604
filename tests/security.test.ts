import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeStylePolicy, headerPolicy, scriptHashesInPage } from '../src/lib/security.ts';

const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of a page', () => {
  it('gains the hash of every inline SVG style, keeping what Astro put there', () => {
    const html = completeStylePolicy(page("default-src 'self'; style-src 'self' 'sha256-abc='", '<svg><style>#d{fill:red}</style></svg>'));
    expect(html).toContain(`content="default-src 'self'; style-src 'self' 'sha256-abc=' ${sha('#d{fill:red}')};"`);
  });

  it('adds a style-src when Astro wrote none', () => {
    const html = completeStylePolicy(page("default-src 'self'", '<style>p{}</style>'));
    expect(html).toContain(`content="default-src 'self'; style-src 'self' ${sha('p{}')};"`);
  });

  it('allows inline styles only where Mermaid draws in the reader’s browser', () => {
    const html = completeStylePolicy(page("style-src 'self' 'sha256-abc='", '<pre class="mermaid-source">gantt</pre>'));
    expect(html).toContain(`content="style-src 'self' 'unsafe-inline';"`);
  });

  it('leaves a page without a policy alone', () => {
    expect(completeStylePolicy('<html><style>p{}</style></html>')).toBe('<html><style>p{}</style></html>');
  });

  it('builds the site-wide header policy from the scripts hashed on every page', () => {
    expect(scriptHashesInPage(page("script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='", ''))).toEqual(['sha256-a=', 'sha256-b=']);
    expect(headerPolicy(['sha256-a='])).toBe(
      "default-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-a='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });
});
