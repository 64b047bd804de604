import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { CONTENT_DIR, contentDirectory } from '../content/layout.ts';
import { guardTree } from '../content/safety/guard.ts';
import { sanitiseRawHtml } from '../content/safety/raw-html.ts';

/**
 * The build's own enforcement of the content rules, on the tree Sätteri built for this very
 * compile: a body that breaks any rule stops the build with the file and line, whether or not
 * `npm run check` ran. Raw HTML in `.md` bodies reaches the page only as rewritten by the
 * sanitiser, from the tokens a browser would read (src/lib/content/safety/raw-html.ts).
 */

/** Thrown for a body that breaks the content rules; its message lists every finding. */
export class ContentRejected extends Error {
  override readonly name = 'ContentRejected';
}

/** `content/kota-x/index.md` for a compile of that file (its URL is what Astro passes). */
function contentFileOf(fileURL: URL | undefined): string {
  if (!fileURL) return '(tanpa nama berkas / unnamed file)';
  const inContent = path.relative(contentDirectory(), fileURLToPath(fileURL));
  return [CONTENT_DIR, ...inContent.split(path.sep)].join('/');
}

export const contentGuardPlugin: MdastPluginDefinition = {
  name: 'masterplan-content-guard',
  options: { position: true },
  before: (root, context) => {
    const format = context.sourceFormat === 'mdx' ? 'mdx' : 'md';
    const findings = guardTree(root as Root, format);
    if (findings.length === 0) return;
    const file = contentFileOf(context.fileURL);
    const lines = findings.map(({ line, message }) => `  ${file}:${line} (baris isi / body line) ${message.id}\n    ${message.en}`);
    throw new ContentRejected(
      `Konten ditolak: ${file} melanggar aturan keamanan isi. Jalankan \`npm run check\` untuk rinciannya.\n` +
        `Content rejected: ${file} breaks the content safety rules. Run \`npm run check\` for details.\n${lines.join('\n')}`,
    );
  },
  html: (node) => ({ type: 'html', value: sanitiseRawHtml(node.value).html }),
};
