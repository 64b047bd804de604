import type { z } from 'astro/zod';
import { DIMENSION_ALIASES, DIMENSION_IDS } from '../dimensions.ts';
import type { Bilingual } from './problem.ts';
import { closestMatch } from './suggest.ts';

/**
 * Every message the check can show, in plain Indonesian with the English beside it. Schema rules
 * and cross-checks name a rule here; Zod's own issues are translated by `describeIssue`.
 */

type Values = Readonly<Record<string, string | number | undefined>>;
interface Wording {
  message: (v: Values) => Bilingual;
  hint?: (v: Values) => Bilingual | undefined;
}

const HORIZON_NAMES: Record<string, Bilingual> = {
  short: { id: 'jangka pendek', en: 'short term' },
  medium: { id: 'jangka menengah', en: 'medium term' },
  long: { id: 'jangka panjang', en: 'long term' },
};
const horizonName = (key: string | number | undefined): Bilingual => HORIZON_NAMES[String(key)] ?? { id: String(key), en: String(key) };

export const RULES = {
  'date-not-real': {
    message: (v) => ({ id: `Tanggal "${v.value}" tidak ada di kalender.`, en: `The date "${v.value}" does not exist.` }),
    hint: () => ({ id: 'Periksa hari dan bulannya (mis. Februari hanya 28 atau 29 hari).', en: 'Check the day and month (February has only 28 or 29 days).' }),
  },
  'span-end-before-start': {
    message: (v) => ({ id: `Tahun akhir ${v.end} lebih awal dari tahun mulai ${v.start}.`, en: `End year ${v.end} is before start year ${v.start}.` }),
  },
  'end-date-before-date': {
    message: (v) => ({ id: `Tanggal selesai ${v.endDate} lebih awal dari tanggal mulai ${v.date}.`, en: `End date ${v.endDate} is before the start date ${v.date}.` }),
  },
  'legal-year-required': {
    message: (v) => ({ id: `Tahun terbit ${String(v.kind).toUpperCase()} wajib diisi.`, en: `The year of the ${String(v.kind).toUpperCase()} is required.` }),
  },
  'legal-not-yet-with-number': {
    message: () => ({ id: 'Dasar hukum "belum" tidak boleh memiliki nomor atau tahun.', en: 'A legal basis of "belum" (not yet) cannot have a number or year.' }),
    hint: () => ({ id: 'Jika sudah ada peraturannya, isi kind dengan perda, perwal atau perbup.', en: 'If a regulation exists, set kind to perda, perwal or perbup.' }),
  },
  'slug-type-prefix': {
    message: (v) => ({ id: `Slug "${v.slug}" harus diawali "${v.prefix}" sesuai jenis daerah.`, en: `Slug "${v.slug}" must start with "${v.prefix}" to match the region type.` }),
    hint: () => ({ id: 'Contoh: kota-balikpapan, kabupaten-buleleng. Ganti juga nama foldernya.', en: 'For example kota-balikpapan, kabupaten-buleleng. Rename the folder too.' }),
  },
  'real-region-needs-source': {
    message: () => ({ id: 'Daerah nyata wajib mencantumkan minimal satu sumber.', en: 'A real region must cite at least one source.' }),
    hint: () => ({ id: 'Tambahkan sources (judul, media, tanggal, URL), atau fictional: true untuk data contoh.', en: 'Add sources (title, outlet, date, URL), or fictional: true for demo data.' }),
  },
  'milestone-source-missing': {
    message: (v) => ({ id: `Sumber nomor ${v.source} tidak ada; hanya ada ${v.count} sumber.`, en: `Source number ${v.source} does not exist; there are only ${v.count} sources.` }),
  },
  'horizons-need-period': {
    message: () => ({ id: 'Horizon peta jalan diisi, tetapi periode masterplan (period) belum.', en: 'Roadmap horizons are given but the masterplan period is not.' }),
  },
  'horizon-start-period': {
    message: (v) => ({ id: `Jangka pendek mulai ${v.year}, padahal periode masterplan mulai ${v.start}.`, en: `The short term starts in ${v.year} but the masterplan period starts in ${v.start}.` }),
  },
  'horizon-end-period': {
    message: (v) => ({ id: `Jangka panjang berakhir ${v.year}, padahal periode masterplan berakhir ${v.end}.`, en: `The long term ends in ${v.year} but the masterplan period ends in ${v.end}.` }),
  },
  'horizon-gap': {
    message: (v) => ({
      id: `Ada celah tahun ${v.from}–${v.to} antara ${horizonName(v.earlier).id} dan ${horizonName(v.later).id}.`,
      en: `Years ${v.from}–${v.to} fall between the ${horizonName(v.earlier).en} and the ${horizonName(v.later).en}.`,
    }),
  },
  'horizon-overlap': {
    message: (v) => ({
      id: `${capitalise(horizonName(v.later).id)} mulai ${v.year}, tumpang tindih dengan ${horizonName(v.earlier).id}.`,
      en: `The ${horizonName(v.later).en} starts in ${v.year}, overlapping the ${horizonName(v.earlier).en}.`,
    }),
  },
  'element-other-needs-label': {
    message: () => ({ id: 'Elemen "lainnya" memerlukan elementLabel (nama elemennya).', en: 'Element "lainnya" (other) needs an elementLabel.' }),
  },
  'element-of-other-dimension': {
    message: (v) => ({ id: `Elemen "${v.element}" milik dimensi ${v.owner}, bukan ${v.dimension}.`, en: `Element "${v.element}" belongs to ${v.owner}, not ${v.dimension}.` }),
    hint: (v) => ({ id: `Ganti dimension menjadi ${v.owner}, atau pilih elemen dari ${v.dimension}.`, en: `Change dimension to ${v.owner}, or pick an element of ${v.dimension}.` }),
  },
  'element-unknown': {
    message: (v) => ({ id: `Elemen "${v.element}" tidak dikenal untuk dimensi ${v.dimension}.`, en: `Unknown element "${v.element}" for dimension ${v.dimension}.` }),
    hint: (v) => ({ id: `Pilihan: ${v.choices}, atau lainnya dengan elementLabel.`, en: `Choose one of: ${v.choices}, or lainnya with an elementLabel.` }),
  },
  'status-differs-from-progress': {
    message: (v) => ({ id: `Status "${v.status}" berbeda dengan pembaruan terakhir ("${v.latest}").`, en: `Status "${v.status}" differs from the latest progress update ("${v.latest}").` }),
    hint: () => ({ id: 'Samakan status dengan status pada entri progress terakhir.', en: 'Make status match the last progress entry.' }),
  },
  'folder-slug-mismatch': {
    message: (v) => ({ id: `Slug "${v.slug}" tidak sama dengan nama folder "${v.folder}".`, en: `Slug "${v.slug}" differs from the folder name "${v.folder}".` }),
  },
  'programme-file-id-mismatch': {
    message: (v) => ({ id: `id "${v.id}" tidak sama dengan nama berkas "${v.fileName}".`, en: `id "${v.id}" differs from the file name "${v.fileName}".` }),
    hint: () => ({ id: 'id dipakai di alamat halaman: ubah nama berkas, bukan id program yang sudah terbit.', en: 'The id is part of the page address: rename the file, not the id of a published programme.' }),
  },
  'entry-two-files': {
    message: (v) => ({ id: `Berkas ini dan ${v.other} mengisi halaman yang sama.`, en: `This file and ${v.other} make the same page.` }),
    hint: () => ({ id: 'Simpan satu saja: .md, atau .mdx bila teksnya memakai komponen.', en: 'Keep one: .md, or .mdx where the text uses a component.' }),
  },
  'programme-id-duplicate': {
    message: (v) => ({ id: `id "${v.id}" sudah dipakai oleh ${v.other}.`, en: `id "${v.id}" is already used by ${v.other}.` }),
  },
  'programme-year-outside-period': {
    message: (v) => ({ id: `Tahun ${v.year} di luar periode masterplan ${v.start}–${v.end}.`, en: `Year ${v.year} is outside the masterplan period ${v.start}–${v.end}.` }),
  },
  'programme-outside-horizon': {
    message: (v) => ({
      id: `Program mulai ${v.year}, di luar ${horizonName(v.horizon).id} (${v.start}–${v.end}).`,
      en: `The programme starts in ${v.year}, outside the ${horizonName(v.horizon).en} (${v.start}–${v.end}).`,
    }),
    hint: () => ({ id: 'horizon adalah jangka waktu saat program dimulai.', en: 'horizon is the horizon in which the programme starts.' }),
  },
  'quick-win-not-short': {
    message: (v) => ({ id: `Quick win harus berada di jangka pendek, bukan ${horizonName(v.horizon).id}.`, en: `A quick win must be on the short-term horizon, not the ${horizonName(v.horizon).en}.` }),
    hint: () => ({ id: 'Ubah horizon menjadi short, atau kind menjadi priority.', en: 'Set horizon to short, or kind to priority.' }),
  },
  'programme-ref-unknown': {
    message: (v) => ({ id: `<ProgramRef id="${v.id}" />: ${v.region} tidak punya program dengan id itu.`, en: `<ProgramRef id="${v.id}" />: ${v.region} has no programme with that id.` }),
    hint: (v) => ({ id: `Id program adalah nama berkasnya di content/${v.region}/program/.`, en: `A programme id is its file name in content/${v.region}/program/.` }),
  },
  'too-many-diagrams': {
    message: (v) => ({ id: `Terlalu banyak diagram mermaid: paling banyak ${v.max} per berkas.`, en: `Too many mermaid diagrams: at most ${v.max} per file.` }),
    hint: () => ({ id: 'Pecah isinya ke halaman dimensi lain, atau gabungkan diagram.', en: 'Move some to another dimension page, or merge diagrams.' }),
  },
  'diagram-too-long': {
    message: (v) => ({ id: `Diagram mermaid terlalu panjang (${v.characters} karakter, paling banyak ${v.max}).`, en: `Mermaid diagram too long (${v.characters} characters, at most ${v.max}).` }),
    hint: () => ({ id: 'Diagram sebesar itu sulit dibaca di ponsel; pecah menjadi beberapa diagram.', en: 'A diagram that big is hard to read on a phone; split it.' }),
  },
  'dimension-file-mismatch': {
    message: (v) => ({ id: `Berkas ${v.fileName}${v.extension} berisi dimensi "${v.dimension}".`, en: `File ${v.fileName}${v.extension} describes dimension "${v.dimension}".` }),
    hint: (v) => ({ id: `Namai berkasnya ${v.dimension}${v.extension}.`, en: `Name the file ${v.dimension}${v.extension}.` }),
  },
  'dimension-file-unknown': {
    message: (v) => ({ id: `"${v.fileName}" bukan salah satu dari enam dimensi.`, en: `"${v.fileName}" is not one of the six dimensions.` }),
    hint: (v) => suggestDimension(String(v.fileName)),
  },
  'progress-in-future': {
    message: (v) => ({ id: `Tanggal pembaruan ${v.date} ada di masa depan (hari ini ${v.today}).`, en: `Progress date ${v.date} is in the future (today is ${v.today}).` }),
  },
  'progress-out-of-order': {
    message: (v) => ({ id: `Pembaruan ${v.date} lebih awal dari pembaruan sebelumnya (${v.previous}).`, en: `Update ${v.date} is earlier than the update before it (${v.previous}).` }),
    hint: () => ({ id: 'Urutkan progress dari yang paling lama ke yang terbaru.', en: 'Order progress from oldest to newest.' }),
  },
  'region-missing-index': {
    message: (v) => ({ id: `Folder daerah "${v.folder}" tidak memiliki index.md.`, en: `Region folder "${v.folder}" has no index.md.` }),
    hint: (v) => ({ id: `Buat dengan: npm run new -- ${v.folder}`, en: `Create it with: npm run new -- ${v.folder}` }),
  },
  'stray-file': {
    message: () => ({ id: 'Berkas ini tidak berada di tempat yang dikenal.', en: 'This file is not in a known place.' }),
    hint: () => ({
      id: 'Yang dikenal: <daerah>/index.md, <daerah>/dimensi/<dimensi>.md, <daerah>/program/<id>.md (atau .mdx bila memakai komponen).',
      en: 'Known places: <region>/index.md, <region>/dimensi/<dimension>.md, <region>/program/<id>.md (or .mdx where a component is used).',
    }),
  },
  'empty-file': {
    message: () => ({ id: 'Berkas kosong.', en: 'The file is empty.' }),
    hint: () => ({ id: 'Salin templat dengan npm run new, lalu isi.', en: 'Copy a template with npm run new, then fill it in.' }),
  },
  'not-utf8': {
    message: () => ({ id: 'Berkas bukan teks UTF-8 (mungkin disimpan dari Word atau sebagai ANSI).', en: 'The file is not UTF-8 text (perhaps saved from Word or as ANSI).' }),
    hint: () => ({ id: 'Simpan ulang sebagai "UTF-8" di editor teks.', en: 'Save it again as "UTF-8" in a text editor.' }),
  },
  'no-frontmatter': {
    message: () => ({ id: 'Bagian data (frontmatter) di antara dua baris --- tidak ditemukan.', en: 'No frontmatter block between two --- lines was found.' }),
    hint: () => ({ id: 'Baris pertama berkas harus ---, lalu data, lalu --- lagi.', en: 'The first line must be ---, then the data, then --- again.' }),
  },
  'yaml-syntax': {
    message: (v) => ({ id: `Penulisan data (YAML) tidak valid: ${v.detail}`, en: `Invalid YAML: ${v.detail}` }),
    hint: () => ({ id: 'Periksa indentasi (spasi, bukan tab) dan tanda kutip.', en: 'Check the indentation (spaces, not tabs) and quotes.' }),
  },
  'frontmatter-not-object': {
    message: () => ({ id: 'Frontmatter harus berisi pasangan kolom: nilai.', en: 'The frontmatter must contain field: value pairs.' }),
  },
} satisfies Record<string, Wording>;

export type RuleId = keyof typeof RULES;

export function describeRule(rule: RuleId, values: Values = {}): { message: Bilingual; hint?: Bilingual } {
  const wording: Wording = RULES[rule];
  const hint = wording.hint?.(values);
  return hint ? { message: wording.message(values), hint } : { message: wording.message(values) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function suggestDimension(value: string): Bilingual | undefined {
  const match = DIMENSION_ALIASES[value] ?? closestMatch(value, DIMENSION_IDS);
  return match ? didYouMean(match) : undefined;
}

function didYouMean(candidate: string): Bilingual {
  return { id: `mungkin maksud Anda "${candidate}"?`, en: `did you mean "${candidate}"?` };
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar (baris diawali "- ")', en: 'a list (lines starting with "- ")' },
  object: { id: 'kelompok kolom', en: 'a group of fields' },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeName(type: string): Bilingual {
  return TYPE_NAMES[type] ?? { id: type, en: type };
}

function formatHints(fieldName: string): { message: Bilingual; hint?: Bilingual } | undefined {
  if (fieldName === 'date') return { message: { id: 'Tanggal harus ditulis YYYY-MM-DD, mis. 2024-07-05.', en: 'Dates are written YYYY-MM-DD, e.g. 2024-07-05.' } };
  if (fieldName === 'regionCode') {
    return { message: { id: 'Kode wilayah Kemendagri ditulis NN.NN, mis. "64.71".', en: 'The Kemendagri region code is written NN.NN, e.g. "64.71".' } };
  }
  if (fieldName === 'url' || fieldName === 'evidence') {
    return { message: { id: 'Harus alamat web lengkap yang diawali https://', en: 'Must be a full web address starting with https://' } };
  }
  if (fieldName === 'slug' || fieldName === 'id' || fieldName === 'tags') {
    return {
      message: { id: 'Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.', en: 'Only lowercase letters, digits and hyphens (-), no spaces.' },
      hint: { id: 'Contoh: aplikasi-e-kelurahan', en: 'For example: aplikasi-e-kelurahan' },
    };
  }
  return undefined;
}

/**
 * Word one Zod issue for an author. `received` is the value found at the issue's path (Zod 4 does
 * not carry it), `knownFields` the field names that exist at that level, for typo hints.
 */
export function describeIssue(issue: z.core.$ZodIssue, received: unknown, knownFields: readonly string[]): { message: Bilingual; hint?: Bilingual } {
  const lastKey = [...issue.path].reverse().find((segment) => typeof segment === 'string');
  const fieldName = typeof lastKey === 'string' ? lastKey : '';
  switch (issue.code) {
    case 'invalid_type': {
      if (received === undefined) {
        return { message: { id: `Kolom wajib "${fieldName}" belum diisi.`, en: `Required field "${fieldName}" is missing.` } };
      }
      const expected = typeName(issue.expected);
      const actual = typeName(typeOf(received));
      const result = { message: { id: `Harus berupa ${expected.id}, bukan ${actual.id}.`, en: `Must be ${expected.en}, not ${actual.en}.` } };
      if (issue.expected === 'string' && typeof received === 'number') {
        return { ...result, hint: { id: `Beri tanda kutip: "${received}"`, en: `Put it in quotes: "${received}"` } };
      }
      return result;
    }
    case 'invalid_value': {
      const value = String(received);
      const choices = issue.values.map(String);
      const suggestion = fieldName === 'dimension' ? suggestDimension(value) : mapOptional(closestMatch(value, choices), didYouMean);
      const message = {
        id: `Nilai "${value}" tidak dikenal. Pilihan: ${choices.join(', ')}.`,
        en: `Unknown value "${value}". Choose one of: ${choices.join(', ')}.`,
      };
      if (fieldName === 'dimension') {
        message.id = `Dimensi "${value}" tidak dikenal. Pilihan: ${choices.join(', ')}.`;
        message.en = `Unknown dimension "${value}". Choose one of: ${choices.join(', ')}.`;
      }
      return suggestion ? { message, hint: suggestion } : { message };
    }
    case 'too_small': {
      if (issue.origin === 'string') return { message: { id: 'Tidak boleh kosong.', en: 'Must not be empty.' } };
      if (issue.origin === 'array') return { message: { id: `Minimal ${issue.minimum} item.`, en: `At least ${issue.minimum} item(s).` } };
      return { message: { id: `Minimal ${issue.minimum}.`, en: `Must be at least ${issue.minimum}.` } };
    }
    case 'too_big': {
      if (issue.origin === 'array') return { message: { id: `Maksimal ${issue.maximum} item.`, en: `At most ${issue.maximum} item(s).` } };
      return { message: { id: `Maksimal ${issue.maximum}.`, en: `Must be at most ${issue.maximum}.` } };
    }
    case 'invalid_format':
      return formatHints(fieldName) ?? { message: { id: `Format "${String(received)}" tidak sesuai.`, en: `"${String(received)}" is not in the expected format.` } };
    case 'unrecognized_keys': {
      const [key = ''] = issue.keys;
      const suggestion = closestMatch(INDONESIAN_FIELD_NAMES[key] ?? key, knownFields);
      const message = {
        id: `Kolom "${key}" tidak dikenal${issue.keys.length > 1 ? ` (juga: ${issue.keys.slice(1).join(', ')})` : ''}.`,
        en: `Unknown field "${key}"${issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(', ')})` : ''}.`,
      };
      return suggestion ? { message, hint: didYouMean(suggestion) } : { message };
    }
    case 'invalid_union':
      return { message: { id: 'Harus berupa angka atau teks.', en: 'Must be a number or text.' } };
    case 'not_multiple_of':
      return { message: { id: `Harus kelipatan ${String(issue.divisor)}.`, en: `Must be a multiple of ${String(issue.divisor)}.` } };
    case 'custom': {
      const params: Record<string, string | number> = { value: String(received), ...(issue.params ?? {}) };
      const rule = params.rule;
      if (typeof rule === 'string' && rule in RULES) return describeRule(rule as RuleId, params);
      return { message: { id: issue.message, en: issue.message } };
    }
    default:
      return { message: { id: issue.message, en: issue.message } };
  }
}

function mapOptional<T, U>(value: T | undefined, fn: (v: T) => U): U | undefined {
  return value === undefined ? undefined : fn(value);
}

/** Authors often write field names in Indonesian; map the common ones to the English names we use. */
const INDONESIAN_FIELD_NAMES: Record<string, string> = {
  nama: 'name',
  jenis: 'type',
  provinsi: 'province',
  kode: 'regionCode',
  periode: 'period',
  visi: 'vision',
  misi: 'missions',
  dimensi: 'dimension',
  elemen: 'element',
  tahunMulai: 'startYear',
  tahunSelesai: 'endYear',
  pendanaan: 'funding',
  indikator: 'indicators',
  sumber: 'sources',
  mitra: 'partners',
  tujuan: 'goals',
  kesiapan: 'readiness',
};
