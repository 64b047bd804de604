import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/lib/content/entries.ts';
import { dimensionById } from '../src/lib/dimensions.ts';
import { renderAtom, type AtomFeed } from '../src/lib/feeds/atom.ts';
import { buildFeed } from '../src/lib/feeds/content-feeds.ts';
import { readVersion } from '../src/lib/history/field-changes.ts';
import { indexHistory, parseGitLog, type ContentHistory, type HistoryStatus } from '../src/lib/history/log.ts';
import { buildModel, type SiteModel } from '../src/lib/model.ts';
import { dimensionPageSchema, type DimensionPage } from '../src/lib/schema/dimension-page.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';
import { gitLogOutput } from './helpers/git-log.ts';
import { historyOnly } from './helpers/history-lists.ts';
import { xmlProblems } from './helpers/xml.ts';

const SITE = 'https://masterplan-terbuka.example';
const absoluteUrl = (urlPath: string) => new URL(urlPath, SITE).href;
const hash = (digit: string) => digit.repeat(40);

describe('renderAtom', () => {
  const feed: AtomFeed = {
    id: `${SITE}/feeds/uji.xml`,
    title: 'Uji & <coba>',
    subtitle: 'Kata "kutip" dan \'apostrof\'',
    updated: '2026-03-12T09:15:00+07:00',
    links: [{ rel: 'self', type: 'application/atom+xml', href: `${SITE}/feeds/uji.xml?a=1&b=2` }],
    author: 'Masterplan Terbuka',
    lang: 'id',
    entries: [
      {
        id: 'tag:masterplan-terbuka.example,2026-03-12:uji/1',
        title: 'Fix "status" & <target> > 50%',
        updated: '2026-03-12T09:15:00+07:00',
        link: `${SITE}/kota-contoh/?x=1&y=2`,
        contentHtml: '<p>Program <a href="https://x.example/?a=1&amp;b=2">A &amp; B</a></p>',
      },
    ],
  };
  const xml = renderAtom(feed);

  it('escapes & < > " and \' in titles, attributes and content', () => {
    expect(xml).toContain('<title type="text">Fix &quot;status&quot; &amp; &lt;target&gt; &gt; 50%</title>');
    expect(xml).toContain('<title type="text">Uji &amp; &lt;coba&gt;</title>');
    expect(xml).toContain('<subtitle type="text">Kata &quot;kutip&quot; dan &apos;apostrof&apos;</subtitle>');
    expect(xml).toContain(`href="${SITE}/feeds/uji.xml?a=1&amp;b=2"`);
    // The HTML body is escaped once more, so a reader unescapes it back to the HTML above.
    expect(xml).toContain('<content type="html">&lt;p&gt;Program &lt;a href=&quot;https://x.example/?a=1&amp;amp;b=2&quot;&gt;A &amp;amp; B&lt;/a&gt;&lt;/p&gt;</content>');
  });

  it('is well-formed Atom: declaration, one <feed> in the Atom namespace, every entry with id, title, updated and link', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="id">/);
    expect(xml.match(/<entry>[\s\S]*?<\/entry>/g)).toEqual([expect.stringMatching(/<id>tag:[^<]+<\/id>[\s\S]*<title[\s\S]*<updated>[^<]+<\/updated>[\s\S]*<link rel="alternate" type="text\/html" href="https:\/\//)]);
    expect(xml).toContain('<author>\n    <name>Masterplan Terbuka</name>\n  </author>');
  });

  it('drops characters XML cannot carry, and hidden controls, from every text and attribute', () => {
    const hostile = renderAtom({
      ...feed,
      title: 'Judul\u0000 \u202Eterbalik\u202C',
      links: [{ rel: 'alternate', type: 'text/html', href: `${SITE}/\u0008x` }],
      entries: [{ ...feed.entries[0]!, title: 'Subjek \x1e\x1f\u0085\uFFFE \uD800 😀\ttab', contentHtml: '<p>isi\u0007</p>' }],
    });
    expect(xmlProblems(hostile)).toEqual([]);
    expect(hostile).toContain('<title type="text">Judul terbalik</title>');
    expect(hostile).toContain(`href="${SITE}/x"`);
    expect(hostile).toContain('<title type="text">Subjek   😀\ttab</title>');
    expect(hostile).toContain('<content type="html">&lt;p&gt;isi&lt;/p&gt;</content>');
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\uFFFE\uFFFF]/);
  });

  it('the checker itself catches broken XML', () => {
    expect(xmlProblems('<?xml version="1.0" encoding="utf-8"?>\n<feed><title>a & b</title><entry></feed>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0" encoding="utf-8"?>\n<feed><title>a < b</title></feed>')).not.toEqual([]);
    expect(xmlProblems('<?xml version="1.0" encoding="utf-8"?>\n<feed/><feed/>')).toEqual(['2 root elements']);
  });
});

/** Two regions, one fictional, with a dimension page and three programmes, and the content history `history`. */
function fixtureModel(history: ContentHistory): SiteModel {
  const region = (slug: string, name: string, fictional: boolean): Entry<Region> => ({
    kind: 'region',
    region: slug,
    name: 'index',
    entryId: `${slug}/index`,
    file: `content/${slug}/index.mdx`,
    data: regionSchema.parse({ slug, name, type: 'kota', province: 'Provinsi Uji', fictional, sources: [{ title: 'Sumber uji' }] }),
  });
  const programme = (slug: string, id: string, name: string, dimension: string, element: string): Entry<Programme> => ({
    kind: 'programme',
    region: slug,
    name: id,
    entryId: `${slug}/program/${id}`,
    file: `content/${slug}/program/${id}.md`,
    data: programmeSchema.parse({ id, name, dimension, element, kind: 'priority' }),
  });
  const dimensionPage: Entry<DimensionPage> = {
    kind: 'dimensionPage',
    region: 'kota-asal',
    name: 'smart-living',
    entryId: 'kota-asal/dimensi/smart-living',
    file: 'content/kota-asal/dimensi/smart-living.mdx',
    data: dimensionPageSchema.parse({ dimension: 'smart-living' }),
  };
  return buildModel(
    {
      regions: [region('kota-asal', 'Kota Asal', false), region('kota-contoh', 'Kota Contoh', true)],
      dimensionPages: [dimensionPage],
      programmes: [
        programme('kota-asal', 'antrean', 'Antrean <Puskesmas> & Klinik', 'smart-living', 'kesehatan'),
        programme('kota-asal', 'pasar', 'Pasar Non-Tunai', 'smart-economy', 'ekosistem-transaksi-keuangan'),
        programme('kota-contoh', 'bus', 'Bus Kota', 'smart-living', 'transportasi'),
      ],
    },
    historyOnly(history),
  );
}

const FIXTURE_LOG = gitLogOutput([
  {
    hash: hash('4'),
    parents: [hash('3')],
    date: '2026-03-12T09:15:00+07:00',
    subject: 'Perbarui status "berjalan" & target <2027>',
    changes: [['M', 'content/kota-asal/program/antrean.md']],
  },
  {
    hash: hash('3'),
    parents: [hash('2')],
    date: '2026-03-01T10:00:00+07:00',
    subject: 'Hapus program lama',
    changes: [
      ['D', 'content/kota-asal/program/lama.md'],
      ['M', 'content/README.md'],
    ],
  },
  {
    hash: hash('2'),
    parents: [hash('1')],
    date: '2026-02-01T10:00:00+07:00',
    subject: 'Tambah dua program',
    changes: [
      ['A', 'content/kota-asal/program/pasar.md'],
      ['A', 'content/kota-contoh/program/bus.md'],
    ],
  },
  {
    hash: hash('1'),
    date: '2026-01-05T10:00:00+07:00',
    subject: 'Profil dan dimensi',
    changes: [
      ['A', 'content/kota-asal/index.mdx'],
      ['A', 'content/kota-asal/dimensi/smart-living.mdx'],
      ['A', 'content/kota-asal/program/antrean.md'],
      ['A', 'content/kota-asal/program/lama.md'],
      ['A', 'content/README.md'],
    ],
  },
]);

const UNKNOWN = 'Data diubah; rinciannya tidak tersedia di salinan ini.';

describe('buildFeed', () => {
  const model = (status: HistoryStatus = 'complete') => fixtureModel(indexHistory(parseGitLog(FIXTURE_LOG), status));
  const region = (slug: string) => model().regionBySlug(slug)!;
  const entries = (feed: AtomFeed) => feed.entries.map((entry) => [entry.title, entry.link]);

  it('the feed of all changes has one entry per commit, newest first, saying what changed on which page', () => {
    const feed = buildFeed({ kind: 'all' }, model(), absoluteUrl);
    expect(entries(feed)).toEqual([
      [`Antrean <Puskesmas> & Klinik (Kota Asal): ${UNKNOWN}`, `${SITE}/kota-asal/program/antrean/`],
      // A deleted programme has no page any more: its region's page stands in.
      ['kota-asal: lama (tidak ada lagi di portal): Program dihapus dari portal', `${SITE}/kota-asal/`],
      // The fictional region's programme in the same commit is left out of this national feed.
      ['Pasar Non-Tunai (Kota Asal): Program ditambahkan ke portal', `${SITE}/kota-asal/program/pasar/`],
      // Several pages of one region: the region's page.
      ['Perubahan data: Antrean <Puskesmas> & Klinik (Kota Asal), Kota Asal, Kota Asal: dimensi Kehidupan, dan 1 lainnya', `${SITE}/kota-asal/`],
    ]);
    expect(feed.entries[2]!.contentHtml).toBe(
      `<ul><li><a href="${SITE}/kota-asal/program/pasar/">Pasar Non-Tunai (Kota Asal)</a><ul><li>Program ditambahkan ke portal</li></ul></li></ul>`,
    );
    expect(feed.entries[3]!.contentHtml).toContain('Antrean &lt;Puskesmas&gt; &amp; Klinik (Kota Asal)');
    expect(feed.entries[3]!.contentHtml).toContain('kota-asal: lama (tidak ada lagi di portal)');
    expect(feed.entries[3]!.contentHtml).not.toContain('README');
    // Commit subjects, ids and file names are not for readers (an entry's <id> names its commit, which readers do not see).
    const shown = feed.entries.map((entry) => `${entry.title} ${entry.contentHtml}`).join('\n');
    for (const developerWords of ['Perbarui status', 'Hapus program lama', 'Tambah dua program', 'Profil dan dimensi', '2222222', 'content/']) expect(shown).not.toContain(developerWords);
  });

  it('describes the fields a commit changed, read from the file’s versions', () => {
    const programme = (fields: string) => `---\nid: antrean\nname: Antrean\ndimension: smart-living\nkind: priority\n${fields}---\nTeks.\n`;
    const log = gitLogOutput([
      {
        hash: hash('6'),
        date: '2026-04-01T10:00:00+07:00',
        subject: 'wip',
        changes: [['M', 'content/kota-asal/program/antrean.md', { before: hash('a'), after: hash('b') }]],
      },
    ]);
    const objects = new Map([
      [hash('a'), readVersion(programme('status: planned\n'))],
      [hash('b'), readVersion(programme('status: done\ntags: [antrean]\n'))],
    ]);
    const feed = buildFeed({ kind: 'all' }, fixtureModel(indexHistory(parseGitLog(log), 'complete', { objects })), absoluteUrl);
    expect(entries(feed)).toEqual([['Antrean <Puskesmas> & Klinik (Kota Asal): Status: Direncanakan → Selesai; Kata kunci ditambahkan: antrean', `${SITE}/kota-asal/program/antrean/`]]);
    expect(feed.entries[0]!.contentHtml).toContain('<ul><li>Status: Direncanakan → Selesai</li><li>Kata kunci ditambahkan: antrean</li></ul>');
  });

  it('leaves out a commit that changed no data, such as a file moved without edits', () => {
    const log = gitLogOutput([
      {
        hash: hash('7'),
        date: '2026-04-02T10:00:00+07:00',
        subject: 'Rename',
        changes: [['R100', 'content/kota-asal/program/lama.md', 'content/kota-asal/program/antrean.md', { before: hash('a'), after: hash('a') }]],
      },
    ]);
    expect(buildFeed({ kind: 'all' }, fixtureModel(indexHistory(parseGitLog(log), 'complete')), absoluteUrl).entries).toEqual([]);
  });

  it('dates come from git and ids are stable tag: URIs per feed and commit', () => {
    const feed = buildFeed({ kind: 'all' }, model(), absoluteUrl);
    expect(feed.updated).toBe('2026-03-12T09:15:00+07:00');
    expect(feed.entries[0]).toMatchObject({ id: `tag:masterplan-terbuka.example,2026-03-12:semua/${hash('4')}`, updated: '2026-03-12T09:15:00+07:00' });
    expect(feed.id).toBe(`${SITE}/feeds/semua.xml`);
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${SITE}/feeds/semua.xml` },
      { rel: 'alternate', type: 'text/html', href: `${SITE}/` },
    ]);
    expect(renderAtom(buildFeed({ kind: 'all' }, model(), absoluteUrl))).toBe(renderAtom(feed));
  });

  it('a region feed holds the commits that touched that region, linked within it', () => {
    const feed = buildFeed({ kind: 'region', region: region('kota-asal') }, model(), absoluteUrl);
    expect(entries(feed).map(([, link]) => link)).toEqual([`${SITE}/kota-asal/program/antrean/`, `${SITE}/kota-asal/`, `${SITE}/kota-asal/program/pasar/`, `${SITE}/kota-asal/`]);
    expect(feed.entries[0]!.id).toBe(`tag:masterplan-terbuka.example,2026-03-12:daerah/kota-asal/${hash('4')}`);
    const demo = buildFeed({ kind: 'region', region: region('kota-contoh') }, model(), absoluteUrl);
    expect(demo.title).toBe('Masterplan Terbuka: Kota Contoh (fiktif)');
    expect(entries(demo)).toEqual([['Bus Kota (Kota Contoh (fiktif)): Program ditambahkan ke portal', `${SITE}/kota-contoh/program/bus/`]]);
  });

  it('a dimension feed holds its programmes and dimension pages in every real region', () => {
    const living = buildFeed({ kind: 'dimension', dimension: dimensionById('smart-living')! }, model(), absoluteUrl);
    // The fictional region's bus programme (smart-living, commit "Tambah dua program") is not national news.
    expect(entries(living)).toEqual([
      [`Antrean <Puskesmas> & Klinik (Kota Asal): ${UNKNOWN}`, `${SITE}/kota-asal/program/antrean/`],
      ['Perubahan data: Antrean <Puskesmas> & Klinik (Kota Asal), Kota Asal: dimensi Kehidupan', `${SITE}/kota-asal/dimensi/smart-living/`],
    ]);
  });

  it('keeps a deleted file of the fictional region out of the national feeds too', () => {
    const log = gitLogOutput([{ hash: hash('5'), date: '2026-04-01T10:00:00+07:00', subject: 'Hapus contoh', changes: [['D', 'content/kota-contoh/program/lama.md']] }]);
    const deleted = indexHistory(parseGitLog(log), 'complete');
    expect(buildFeed({ kind: 'all' }, fixtureModel(deleted), absoluteUrl).entries).toEqual([]);
    expect(entries(buildFeed({ kind: 'region', region: region('kota-contoh') }, fixtureModel(deleted), absoluteUrl))).toEqual([
      ['kota-contoh: lama (tidak ada lagi di portal): Program dihapus dari portal', `${SITE}/kota-contoh/`],
    ]);
  });

  it('without changes in scope, the feed is empty and dated by the newest commit, never by the clock', () => {
    const branding = buildFeed({ kind: 'dimension', dimension: dimensionById('smart-branding')! }, model(), absoluteUrl);
    expect(branding.entries).toEqual([]);
    expect(branding.updated).toBe('2026-03-12T09:15:00+07:00');
    const none = buildFeed({ kind: 'all' }, fixtureModel(indexHistory([], 'unavailable')), absoluteUrl);
    expect(none.entries).toEqual([]);
    expect(none.updated).toBe('1970-01-01T00:00:00Z');
    expect(xmlProblems(renderAtom(none))).toEqual([]);
  });

  it('in a shallow clone, leaves out the boundary snapshot, which is not a change', () => {
    const feed = buildFeed({ kind: 'all' }, model('shallow'), absoluteUrl);
    expect(feed.entries.map((entry) => entry.id.slice(-40))).toEqual([hash('4'), hash('3'), hash('2')]);
  });
});
