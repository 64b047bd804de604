import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatWarning } from '../../src/lib/content/problem.ts';
import { REGION_LINES, checkFixture, text } from '../helpers/content-fixture.ts';

/**
 * A check without a browser cannot ask Mermaid about a diagram. Its own file: the renderer decides
 * once per module instance whether it has a browser.
 */
describe('the check without a browser for Mermaid', () => {
  beforeAll(() => {
    vi.stubEnv('MERMAID_CHROMIUM', 'none');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('warns that a diagram was not verified, and still passes', async () => {
    const body = ['```mermaid', 'flowchart LR', '  A --> B', '```'];
    const { problems, warnings } = await checkFixture({ 'kota-uji/index.md': text([...REGION_LINES, '', ...body]) });
    expect(problems).toEqual([]);
    expect(warnings.map(formatWarning)).toEqual([
      'content/kota-uji/index.md:23\n' +
        '  ⚠ Penulisan diagram ini belum diperiksa: tidak ada Chromium untuk menjalankan Mermaid.\n' +
        '    This diagram was not checked: no Chromium was available to run Mermaid.\n' +
        '    Petunjuk: Pasang Chromium (atau arahkan MERMAID_CHROMIUM ke browsernya), lalu jalankan npm run check lagi.\n' +
        '    Hint: Install Chromium (or point MERMAID_CHROMIUM at one), then run npm run check again.',
    ]);
  });
});
