import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { indexHistory, parseGitLog } from '../../src/lib/history/log.ts';
import { buildModel, type ProgrammeModel, type SiteModel } from '../../src/lib/model.ts';
import { programmePage } from '../../src/lib/page-data/programme.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';
import { gitLogOutput } from '../helpers/git-log.ts';
import { historyOnly } from '../helpers/history-lists.ts';

const REGIONS = [
  { slug: 'kota-uji', name: 'Kota Uji' },
  { slug: 'kota-beta', name: 'Kota Beta' },
  { slug: 'kota-contoh', name: 'Kota Contoh', fictional: true },
];

type ProgrammeFields = Record<string, unknown> & { region: string; id: string };

const regionEntry = ({ slug, name, fictional = false }: (typeof REGIONS)[number]): Entry<Region> => ({
  kind: 'region',
  region: slug,
  name: 'index',
  entryId: `${slug}/index`,
  file: `content/${slug}/index.md`,
  data: regionSchema.parse({ slug, name, type: 'kota', province: 'Jawa Tengah', fictional, sources: [{ title: 'Sumber uji' }] }),
});

function programmeEntry({ region, id, ...fields }: ProgrammeFields): Entry<Programme> {
  const entryId = `${region}/program/${id}`;
  return {
    kind: 'programme',
    region,
    name: id,
    entryId,
    file: `content/${entryId}.md`,
    data: programmeSchema.parse({ id, name: `Program ${id}`, dimension: 'smart-governance', element: 'pelayanan-publik', kind: 'priority', ...fields }),
  };
}

/** Programmes in Kota Uji, Kota Beta and the fictional Kota Contoh; `content/kota-uji/program/layanan.md` was changed twice. */
function model(programmes: readonly ProgrammeFields[], withHistory = true): SiteModel {
  const log = gitLogOutput([
    { hash: 'b'.repeat(40), date: '2026-03-12T23:30:00+00:00', subject: 'Perbarui kemajuan', changes: [['M', 'content/kota-uji/program/layanan.md']] },
    { hash: 'a'.repeat(40), date: '2025-01-05T09:00:00+07:00', subject: 'Tambah program', changes: [['A', 'content/kota-uji/program/layanan.md']] },
  ]);
  const content = { regions: REGIONS.map(regionEntry), dimensionPages: [], programmes: programmes.map(programmeEntry) };
  return withHistory ? buildModel(content, historyOnly(indexHistory(parseGitLog(log), 'complete'))) : buildModel(content);
}

const find = (site: SiteModel, key: string): ProgrammeModel => site.programmes.find((programme) => programme.key === key)!;

const LAYANAN = { region: 'kota-uji', id: 'layanan', name: 'Layanan Daring', tags: ['aplikasi', 'antrean'] };

describe('programmePage', () => {
  it('names the dimension and element in the reader’s language and links the breadcrumbs to the region and its dimension page', () => {
    const site = model([{ ...LAYANAN, kind: 'quick-win' }]);
    const programme = find(site, 'kota-uji/layanan');
    const id = programmePage(site, programme, 'id');
    expect(id.dimensionName).toBe('Tata Kelola');
    expect(id.elementName).toBe('Pelayanan publik');
    expect(id.breadcrumbs).toEqual([
      { label: 'Kota Uji', path: '/kota-uji/' },
      { label: 'Tata Kelola', path: '/kota-uji/dimensi/smart-governance/' },
      { label: 'Layanan Daring' },
    ]);
    expect(id.title).toBe('Layanan Daring — Kota Uji');
    expect(id.description).toBe('Layanan Daring: Quick win, Tata Kelola, Kota Uji.');
    const en = programmePage(site, programme, 'en');
    expect(en.elementName).toBe('Public services');
    expect(en.dimensionName).toBe('Governance');
    expect(en.description).toBe('Layanan Daring: Quick win, Governance, Kota Uji.');
  });

  it('says the element is not known rather than guessing when no source states it', () => {
    const site = model([{ ...LAYANAN, element: undefined }]);
    expect(programmePage(site, find(site, 'kota-uji/layanan'), 'id').elementName).toBeUndefined();
  });

  it('advertises the region’s and the dimension’s feeds, and offers the region’s feed below the change history', () => {
    const site = model([LAYANAN]);
    const page = programmePage(site, find(site, 'kota-uji/layanan'), 'id');
    expect(page.feeds.region).toBe(site.regionBySlug('kota-uji'));
    expect(page.feeds.dimension.id).toBe('smart-governance');
    expect(page.changeFeedPath).toBe('/feeds/daerah/kota-uji.xml');
  });

  it('gives the search index a record for the Indonesian page only', () => {
    const site = model([LAYANAN]);
    const programme = find(site, 'kota-uji/layanan');
    expect(programmePage(site, programme, 'id').searchRecord?.meta).toMatchObject({ daerah: 'Kota Uji', dimensi: 'smart-governance' });
    expect(programmePage(site, programme, 'en').searchRecord).toBeUndefined();
  });

  it('writes indicator values with their unit and numbers in the reader’s style, leaving unknown values empty', () => {
    const site = model([
      {
        ...LAYANAN,
        indicators: [
          { level: 'output', name: 'Pengguna aplikasi', baseline: 1250, target: 20000, unit: 'orang', year: 2027 },
          { level: 'outcome', name: 'Kepuasan warga', target: 'naik' },
        ],
      },
    ]);
    const programme = find(site, 'kota-uji/layanan');
    const values = (lang: 'id' | 'en') => programmePage(site, programme, lang).indicators.map(({ indicator, baseline, target }) => [indicator.name, baseline, target]);
    expect(values('id')).toEqual([
      ['Pengguna aplikasi', '1.250 orang', '20.000 orang'],
      ['Kepuasan warga', undefined, 'naik'],
    ]);
    expect(values('en')[0]).toEqual(['Pengguna aplikasi', '1,250 orang', '20,000 orang']);
  });

  it('lists similar programmes of other regions best first, each with the reasons it was picked', () => {
    const site = model([
      LAYANAN,
      { region: 'kota-uji', id: 'sendiri', element: 'pelayanan-publik', tags: ['aplikasi'] },
      { region: 'kota-beta', id: 'elemen', element: 'pelayanan-publik', tags: ['antrean'] },
      { region: 'kota-beta', id: 'tag', dimension: 'smart-living', element: 'kesehatan', tags: ['aplikasi', 'antrean'] },
      { region: 'kota-beta', id: 'dimensi', element: 'manajemen-birokrasi', tags: ['aplikasi'] },
      { region: 'kota-beta', id: 'lain', dimension: 'smart-environment', element: 'tata-kelola-sampah' },
    ]);
    const programme = find(site, 'kota-uji/layanan');
    const similar = (lang: 'id' | 'en') => programmePage(site, programme, lang).similar.map((match) => [match.programme.key, match.reasons]);
    expect(similar('id')).toEqual([
      ['kota-beta/elemen', 'elemen yang sama (Pelayanan publik); kata kunci yang sama: antrean'],
      ['kota-beta/tag', 'kata kunci yang sama: aplikasi, antrean'],
      ['kota-beta/dimensi', 'kata kunci yang sama: aplikasi; dimensi yang sama'],
    ]);
    expect(similar('en')[0]).toEqual(['kota-beta/elemen', 'same element (Public services); shared tags: antrean']);
  });

  it('never points a real region’s page to a fictional programme, but shows real ones beside a fictional programme', () => {
    const site = model([LAYANAN, { region: 'kota-contoh', id: 'fiktif' }]);
    expect(programmePage(site, find(site, 'kota-uji/layanan'), 'id').similar).toEqual([]);
    expect(programmePage(site, find(site, 'kota-contoh/fiktif'), 'id').similar.map((match) => match.programme.key)).toEqual(['kota-uji/layanan']);
  });

  it('cites the page’s permanent path, the data version (its day in Jakarta) and the programme’s sources, and marks a fictional region as such', () => {
    const site = model([LAYANAN, { region: 'kota-contoh', id: 'fiktif' }]);
    expect(programmePage(site, find(site, 'kota-uji/layanan'), 'id').citation).toEqual({
      path: '/kota-uji/program/layanan/',
      title: 'Layanan Daring',
      context: 'Kota Uji',
      // The newest commit of the history; 23:30 UTC on 12 March is already 13 March in Jakarta.
      version: { hash: 'b'.repeat(40), shortHash: 'bbbbbbb', date: '2026-03-12T23:30:00+00:00', day: '2026-03-13' },
      sources: [],
      fieldId: 'kutipan-kota-uji-layanan',
    });
    const fictional = find(site, 'kota-contoh/fiktif');
    expect(programmePage(site, fictional, 'id').citation.context).toBe('Kota Contoh (daerah fiktif)');
    expect(programmePage(site, fictional, 'en').citation.context).toBe('Kota Contoh (fictional region)');
    // The data version is the build's, whichever file the page is built from.
    expect(programmePage(site, fictional, 'id').citation.version?.shortHash).toBe('bbbbbbb');
    expect(programmePage(model([LAYANAN], false), find(model([LAYANAN], false), 'kota-uji/layanan'), 'id').citation.version).toBeUndefined();
  });

  it('hands the file’s history to the page, and says why it is empty where git cannot tell', () => {
    const site = model([LAYANAN]);
    const history = programmePage(site, find(site, 'kota-uji/layanan'), 'id').history;
    expect(history.changes.map((change) => change.commit.subject)).toEqual(['Perbarui kemajuan', 'Tambah program']);
    // Described for readers, never by the commit's subject; without the file's versions, only that the data changed.
    expect(programmePage(site, find(site, 'kota-uji/layanan'), 'id').changes).toEqual({
      entries: [
        { date: '2026-03-12T23:30:00+00:00', day: '2026-03-13', lines: ['Data diubah; rinciannya tidak tersedia di salinan ini.'] },
        { date: '2025-01-05T09:00:00+07:00', day: '2025-01-05', lines: ['Program ditambahkan ke portal'] },
      ],
      gap: 'none',
    });
    const withoutGit = model([LAYANAN], false);
    expect(programmePage(withoutGit, find(withoutGit, 'kota-uji/layanan'), 'id').history).toMatchObject({ last: undefined, gap: 'unavailable' });
  });
});
