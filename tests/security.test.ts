import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CSP_DIRECTIVES,
  SCRIPT_SOURCES,
  allowPortalStyles,
  writePortalStyles,
  bodyStyleHashes,
  cspHash,
  headerPolicy,
  headersFile,
  recordBodyStyleHashes,
  scriptHashesInPage,
  type CspHash,
} from '../src/lib/security.ts';
import { directives } from './helpers/csp.ts';

const page = (policy: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const HASH_A = cspHash('#diagram-a{fill:red}');
const HASH_B = cspHash('#diagram-b{fill:blue}');


describe('cspHash', () => {
  it('is the sha256 a browser computes for the exact text of an inline element', () => {
    expect(cspHash('p{}')).toBe(`sha256-${createHash('sha256').update('p{}').digest('base64')}`);
    expect(cspHash('a > b')).not.toBe(cspHash('a &gt; b'));
  });
});

describe('the page and header policies', () => {
  const header = directives(headerPolicy(['sha256-a=', 'sha256-b=']));

  it('allow no inline code or style by category, and no data: images', () => {
    const everything = [...CSP_DIRECTIVES, ...SCRIPT_SOURCES, headerPolicy([HASH_A])].join(' ');
    expect(everything).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|data:/);
    expect(directives(CSP_DIRECTIVES.join(';')).get('img-src')).toEqual(["'self'"]);
  });

  it('share every directive, the header only adding what a <meta> policy cannot carry', () => {
    const meta = directives(CSP_DIRECTIVES.join(';'));
    for (const [name, sources] of meta) {
      if (name !== 'default-src') expect(header.get(name), name).toEqual(sources);
    }
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(header.get('base-uri')).toEqual(["'self'"]);
    expect(header.get('form-action')).toEqual(["'self'"]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.has('frame-ancestors')).toBe(false);
  });

  it('restrict in the header every fetch but styles as default-src does, leaving styles to each page', () => {
    expect(header.has('default-src')).toBe(false);
    expect(header.has('style-src')).toBe(false);
    const defaults = directives(CSP_DIRECTIVES.join(';')).get('default-src');
    for (const name of ['child-src', 'frame-src', 'manifest-src', 'media-src', 'worker-src', 'img-src', 'font-src', 'connect-src']) {
      expect(header.get(name), name).toEqual(defaults);
    }
  });

  it('allow in the header the scripts every page allows', () => {
    expect(header.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-a='", "'sha256-b='"]);
    expect(scriptHashesInPage(page("script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='"))).toEqual(['sha256-a=', 'sha256-b=']);
    expect(scriptHashesInPage('<html><head></head></html>')).toEqual([]);
    expect(headersFile(['sha256-a='])).toMatch(/^\/\*\n {2}Content-Security-Policy: child-src 'self'; .*script-src 'self' 'wasm-unsafe-eval' 'sha256-a='; frame-ancestors 'none'\n/);
  });
});

describe('portal styles on a page', () => {
  it('reach the page’s policy through Astro’s CSP API once each, in the same order whatever order components rendered in', () => {
    const policies = [[HASH_B, HASH_A, HASH_B], [HASH_A, HASH_B]].map((order) => {
      const page = {};
      for (const hash of order) allowPortalStyles(page, [hash]);
      const inserted: CspHash[] = [];
      writePortalStyles({ insertStyleHash: (hash) => inserted.push(hash) }, page);
      return inserted;
    });
    expect(policies[0]).toEqual([HASH_A, HASH_B].sort());
    expect(policies[1]).toEqual(policies[0]);
  });

  it('need nothing where Astro enforces no policy (astro dev)', () => {
    const page = {};
    allowPortalStyles(page, [HASH_A]);
    expect(() => writePortalStyles(undefined, page)).not.toThrow();
  });
});

describe('style hashes of diagrams drawn into a body', () => {
  it('travel with the compiled body and come back as written', () => {
    const frontmatter: Record<string, unknown> = { title: 'Ringkasan' };
    recordBodyStyleHashes(frontmatter, [HASH_A]);
    expect(bodyStyleHashes(frontmatter)).toEqual([HASH_A]);
    expect(bodyStyleHashes({ title: 'Tanpa diagram' })).toEqual([]);
  });

  it('replace whatever an author wrote under the same key', () => {
    const frontmatter: Record<string, unknown> = { portalStyleHashes: [HASH_B] };
    recordBodyStyleHashes(frontmatter, []);
    expect(bodyStyleHashes(frontmatter)).toEqual([]);
  });

  it('are refused when they are not hashes', () => {
    expect(() => bodyStyleHashes({ portalStyleHashes: ["'unsafe-inline'"] })).toThrow(
      `portalStyleHashes of a compiled body is not a list of sha256 hashes: ["'unsafe-inline'"]`,
    );
    expect(() => bodyStyleHashes({ portalStyleHashes: 'sha256-x' })).toThrow(/not a list of sha256 hashes/);
  });
});
