import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

/** Reads built pages from the site that tests/global-setup.ts built. */

export const builtSite = (): string => inject('builtSite');

/** A folder for a test's own extra build, removed when the run ends. */
export const scratchDir = (name: string): string => path.join(inject('testRunDir'), name);

export async function page(urlPath: string): Promise<string> {
  return readFile(path.join(builtSite(), urlPath, urlPath.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Visible text of a page's <main>, without tags and without glossary pop-up notes. */
export function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  return main
    // A note in a content body holds one span per language.
    .replace(/<span class="term-note"[^>]*>(?:<span\b[^>]*>[\s\S]*?<\/span>|[\s\S])*?<\/span>/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every built HTML file, as paths relative to the site root. */
export async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(builtSite(), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(builtSite(), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file of a built site, by path relative to it, with its bytes. */
export async function filesOf(site: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)));
  return new Map(await Promise.all(files.sort().map(async (file) => [file, await readFile(path.join(site, file))] as const)));
}
