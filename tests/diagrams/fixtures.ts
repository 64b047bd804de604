import type { z } from 'astro/zod';
import type { Entry } from '../../src/lib/content/entries.ts';
import { buildModel, type RegionModel } from '../../src/lib/model.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';

/**
 * Small hand-made models for the diagram tests. Entries go through the real schemas, so defaults
 * are filled in exactly as for content on disk, and then through buildModel().
 */

export type RegionInput = Omit<z.input<typeof regionSchema>, 'slug' | 'type' | 'province' | 'fictional'>;
export type ProgrammeInput = Omit<z.input<typeof programmeSchema>, 'id'> & { id?: string };

const SLUG = 'kota-contoh';

function regionEntry(data: Region): Entry<Region> {
  return { kind: 'region', region: SLUG, name: 'index', entryId: `${SLUG}/index`, file: `content/${SLUG}/index.mdx`, data };
}

function programmeEntry(data: Programme): Entry<Programme> {
  const entryId = `${SLUG}/program/${data.id}`;
  return { kind: 'programme', region: SLUG, name: data.id, entryId, file: `content/${entryId}.md`, data };
}

/** A fictional Kota Contoh with the given region fields and programmes (ids p1, p2, … unless set). */
export function regionModel(region: RegionInput, programmes: readonly ProgrammeInput[] = []): RegionModel {
  const model = buildModel({
    regions: [regionEntry(regionSchema.parse({ slug: SLUG, type: 'kota', province: 'Jawa Contoh', fictional: true, ...region }))],
    dimensionPages: [],
    programmes: programmes.map((programme, index) => programmeEntry(programmeSchema.parse({ id: `p${index + 1}`, ...programme }))),
  });
  return model.regions[0]!;
}

/** Names an attacker might try, each of which must come out as plain text. */
export const HOSTILE_NAMES = [
  'Kutip "ganda" dan \'tunggal\'',
  'Kurung [siku] (bulat) {kurawal} |pipa|',
  '%%{init: {"theme": "dark", "securityLevel": "loose"}}%%',
  'click n0 call alert()',
  'Baris satu\nBaris dua\r\nclick n1 href "javascript:alert(1)"',
  'Titik; koma: pagar #1 #quot; #35;',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '`markdown **tebal**`',
  '- daftar --> panah',
  'section Palsu',
  '2024-01-01 tanggal',
  '50%% persen',
  'R&D &amp; &copy',
] as const;

/**
 * Kota Contoh with a bit of everything: horizons, two bodies listed out of order, milestones out
 * of order, a quick win, a programme under `lainnya` and one without years.
 */
export function sampleRegion(): RegionModel {
  return regionModel(
    {
      name: 'Kota Contoh',
      period: { start: 2024, end: 2030 },
      horizons: { short: { start: 2024, end: 2025 }, medium: { start: 2026, end: 2027 }, long: { start: 2028, end: 2030 } },
      bodies: [
        { kind: 'forum', members: ['Universitas Contoh'] },
        { kind: 'dewan', chair: 'Wali Kota', members: ['Bappeda', 'Diskominfo'] },
      ],
      milestones: [
        { date: '2023-11-02', kind: 'adopsi', title: 'Penetapan Perwal' },
        { date: '2023-03-14', kind: 'bimtek', title: 'Bimtek tahap 1', place: 'Jakarta' },
        { date: '2024-06', kind: 'lainnya', title: 'Peluncuran portal' },
      ],
    },
    [
      { name: 'Satu Data', dimension: 'smart-governance', element: 'efisiensi-kebijakan-publik', kind: 'priority', startYear: 2025, endYear: 2027 },
      { name: 'E-Kelurahan', dimension: 'smart-governance', element: 'pelayanan-publik', kind: 'quick-win', startYear: 2024 },
      { name: 'Pusat Data', dimension: 'smart-governance', element: 'lainnya', elementLabel: 'Infrastruktur TIK', kind: 'other' },
      { name: 'Bank Sampah', dimension: 'smart-environment', element: 'tata-kelola-sampah', kind: 'priority', startYear: 2026, endYear: 2030 },
    ],
  );
}

/**
 * Every hostile name as a programme (in one dimension, with years), a body member and a milestone.
 * The schemas refuse line breaks in one-line fields, so there the names carry spaces instead.
 */
export function hostileRegion(): RegionModel {
  const names = HOSTILE_NAMES.map((name) => name.replace(/\r?\n/g, ' '));
  return regionModel(
    {
      name: 'Kota Contoh',
      bodies: [{ kind: 'dewan', name: names[2]!, chair: names[3]!, members: names }],
      milestones: names.map((title, index) => ({ date: `2024-03-${String(index + 1).padStart(2, '0')}`, kind: 'fgd' as const, title, place: names[0]! })),
    },
    names.map((name, index) => ({
      name,
      dimension: 'smart-governance' as const,
      element: index % 2 === 0 ? 'pelayanan-publik' : 'lainnya',
      elementLabel: index % 2 === 0 ? undefined : names[(index + 1) % names.length],
      kind: index % 4 === 0 ? ('quick-win' as const) : ('priority' as const),
      startYear: 2024,
      endYear: 2026,
    })),
  );
}
