import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, scriptHashesInPage } from '../lib/security.ts';

/** Writes `_headers` (Netlify / Cloudflare Pages format) with the site-wide security headers. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'masterplan-security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
        const hashes = new Set<string>();
        for (const page of pages) for (const hash of scriptHashesInPage(await readFile(path.join(siteDir, page), 'utf8'))) hashes.add(hash);
        await writeFile(path.join(siteDir, '_headers'), headersFile([...hashes].sort()));
      },
    },
  };
}
