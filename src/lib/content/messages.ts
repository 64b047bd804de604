import { z } from 'astro/zod';
import { formatFileSize } from '../../i18n/format.ts';
import { DIMENSION_IDS, dimensionById, dimensionNamed, dimensionOfElement, elementNamed } from '../dimensions.ts';
import { showHiddenCharacters } from '../hidden-characters.ts';
import { suggestIsoDate } from '../schema/common.ts';
import { REGION_TYPES } from '../schema/region.ts';
import type { YamlSyntaxError } from './frontmatter.ts';
import type { Bilingual, Problem } from './problem.ts';
import { closestMatch } from './suggest.ts';

/**
 * Every message the check can show, in plain Indonesian with the English beside it. Schema rules
 * and cross-checks name a rule here; Zod's own issues are translated by `describeIssue`.
 */

/**
 * The values a message is worded with, by name. The content-body catalogue
 * (src/lib/content/safety/messages.ts) words its messages from texts only: `Values<string>`.
 */
export type Values<Value = string | number | undefined> = Readonly<Record<string, Value>>;
/** How a rule is worded: its message and, where one helps, a hint, both from the rule's values. */
export interface Wording<Value = string | number | undefined> {
  message: (v: Values<Value>) => Bilingual;
  hint?: (v: Values<Value>) => Bilingual | undefined;
}

const HORIZON_NAMES: Record<string, Bilingual> = {
  short: { id: 'jangka pendek', en: 'short term' },
  medium: { id: 'jangka menengah', en: 'medium term' },
  long: { id: 'jangka panjang', en: 'long term' },
};
const horizonName = (key: string | number | undefined): Bilingual => HORIZON_NAMES[String(key)] ?? { id: String(key), en: String(key) };

/** What a hidden character is, by its `U+…` notation (see src/lib/hidden-characters.ts). */
function hiddenCharacterName(code: string | number | undefined): Bilingual {
  const codePoint = Number.parseInt(String(code).replace('U+', ''), 16);
  if (codePoint === 0x09) return { id: 'tab', en: 'a tab' };
  if (codePoint === 0x0d) return { id: 'karakter carriage return', en: 'a carriage return' };
  if (codePoint === 0x2028) return { id: 'pemisah baris Unicode', en: 'a Unicode line separator' };
  if (codePoint === 0x2029) return { id: 'pemisah paragraf Unicode', en: 'a Unicode paragraph separator' };
  if ([0x061c, 0x200e, 0x200f].includes(codePoint) || (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) {
    return { id: 'karakter pengatur arah teks', en: 'a text-direction control character' };
  }
  return { id: 'karakter kendali', en: 'a control character' };
}

/** Where text that does not fit a frontmatter field belongs. */
const BELONGS_IN_BODY: Bilingual = {
  id: 'Uraian panjang tempatnya di badan halaman, di bawah frontmatter.',
  en: 'Longer text belongs in the page body, below the frontmatter.',
};

const RULES = {
  'field-required': {
    message: (v) => ({ id: `Kolom wajib "${v.field}" belum diisi.`, en: `Required field "${v.field}" is missing.` }),
    hint: (v) => {
      if (v.misspelt !== undefined) return { id: `Di baris ini tertulis "${v.misspelt}": mungkin maksud Anda "${v.field}"?`, en: `This line says "${v.misspelt}": did you mean "${v.field}"?` };
      if (v.choices !== undefined) return { id: `Tambahkan baris "${v.field}: …" dengan salah satu pilihan: ${v.choices}.`, en: `Add a line "${v.field}: …" with one of: ${v.choices}.` };
      return undefined;
    },
  },
  'field-empty': {
    message: (v) => ({ id: `Kolom "${v.field}" ada, tetapi isinya kosong.`, en: `The field "${v.field}" is there, but empty.` }),
    hint: (v) => ({
      id: `Tulis isinya sesudah "${v.field}: ", atau hapus baris itu bila tidak ada datanya.`,
      en: `Write its value after "${v.field}: ", or delete the line if there is no data for it.`,
    }),
  },
  'item-empty': {
    message: (v) => ({ id: `Butir ke-${v.position} daftar "${v.field}" kosong.`, en: `Item ${v.position} of the list "${v.field}" is empty.` }),
    hint: () => ({ id: 'Tulis isinya sesudah "- ", atau hapus baris itu.', en: 'Write its value after "- ", or delete the line.' }),
  },
  'date-format': {
    message: (v) =>
      v.fixed === undefined
        ? { id: 'Tanggal harus ditulis YYYY-MM-DD, mis. 2024-07-05.', en: 'Dates are written YYYY-MM-DD, e.g. 2024-07-05.' }
        : {
            id: `Tanggal ditulis tahun-bulan-hari (YYYY-MM-DD): "${v.value}" menjadi ${v.fixed}.`,
            en: `Dates are written year-month-day (YYYY-MM-DD): "${v.value}" becomes ${v.fixed}.`,
          },
    hint: (v) => (v.fixed === undefined ? undefined : { id: `Tulis: ${v.field}: ${v.fixed}`, en: `Write: ${v.field}: ${v.fixed}` }),
  },
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
  'province-without-letters': {
    message: (v) => ({
      id: `Nama provinsi "${v.province}" tidak memuat huruf atau angka Latin, padahal nama itu menjadi alamat halaman provinsi.`,
      en: `The province name "${v.province}" has no Latin letter or digit, yet it becomes the address of the province's page.`,
    }),
    hint: () => ({ id: 'Tulis nama provinsi dengan huruf Latin, mis. Provinsi Contoh.', en: 'Write the province name in Latin letters, e.g. Provinsi Contoh.' }),
  },
  'real-region-needs-source': {
    message: () => ({ id: 'Daerah nyata wajib mencantumkan minimal satu sumber.', en: 'A real region must cite at least one source.' }),
    hint: () => ({ id: 'Tambahkan sources (judul, media, tanggal, URL), atau fictional: true untuk data contoh.', en: 'Add sources (title, outlet, date, URL), or fictional: true for demo data.' }),
  },
  'cohort-belongs-in-data': {
    message: () => ({
      id: 'Tahun kohort daerah nyata dicatat di data/kohort.yaml beserta sumbernya, bukan di sini.',
      en: 'The cohort year of a real region is recorded in data/kohort.yaml with its sources, not here.',
    }),
    hint: (v) => ({
      id: `Hapus baris cohort, lalu tambahkan klaim untuk kode ${v.code} di data/kohort.yaml bila belum ada (lihat PANDUAN).`,
      en: `Remove the cohort line, then add a claim for code ${v.code} to data/kohort.yaml if it is not there yet (see PANDUAN).`,
    }),
  },
  'real-programme-needs-source': {
    message: () => ({
      id: 'Program di daerah nyata wajib mencantumkan minimal satu sumber.',
      en: 'A programme of a real region must cite at least one source.',
    }),
    hint: () => ({
      id: 'Tambahkan sources dengan berita atau dokumen yang menyebut program ini (judul, media, tanggal, URL).',
      en: 'Add sources with the article or document that names this programme (title, outlet, date, URL).',
    }),
  },
  'source-number-missing': {
    message: (v) => ({ id: `Sumber nomor ${v.source} tidak ada; hanya ada ${v.count} sumber.`, en: `Source number ${v.source} does not exist; there are only ${v.count} sources.` }),
  },
  'evaluation-without-result': {
    message: () => ({
      id: 'Hasil evaluasi belum diisi: tulis score, predicate, award, atau note.',
      en: 'The evaluation has no result: write a score, predicate, award or note.',
    }),
    hint: () => ({
      id: 'Jika sumber hanya menyebut tanggal evaluasinya, catat sebagai milestones dengan kind: evaluasi.',
      en: 'If the source only gives the date of the evaluation, record it under milestones with kind: evaluasi.',
    }),
  },
  'inferred-field-unknown': {
    message: (v) => ({ id: `inferred menyebut kolom "${v.field}", yang tidak ada di berkas ini.`, en: `inferred names the field "${v.field}", which this file does not have.` }),
    hint: (v) => {
      const match = closestMatch(String(v.field), String(v.choices).split(', '));
      return match ? didYouMean(match) : { id: `Pilihan: ${v.choices}.`, en: `Choose from: ${v.choices}.` };
    },
  },
  'placeholder-text': {
    message: (v) => ({
      id: `Teks contoh dari templat masih ada: "${v.text}".`,
      en: `Example text from the template is still here: "${v.text}".`,
    }),
    hint: () => ({
      id: 'Ganti dengan isi yang sebenarnya menurut sumber, atau hapus baris itu. Daerah nyata tidak boleh terbit dengan teks templat.',
      en: 'Replace it with what the source says, or delete the line. A real region is not published with template text.',
    }),
  },
  'source-without-date': {
    message: (v) => ({ id: `Sumber nomor ${v.numbers} tidak bertanggal.`, en: `Source number ${v.numbers} has no date.` }),
    hint: () => ({
      id: 'Isi date bila tanggal terbitnya diketahui (YYYY-MM-DD, atau YYYY-MM). Bila memang tidak ada, biarkan: pembaca melihat sumbernya tanpa tanggal.',
      en: 'Add date when the publication date is known (YYYY-MM-DD, or YYYY-MM). If there is none, leave it: readers see the source without a date.',
    }),
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
    hint: (v) => suggestElement(String(v.element), String(v.dimension)) ?? { id: `Pilihan: ${v.choices}, atau lainnya dengan elementLabel.`, en: `Choose one of: ${v.choices}, or lainnya with an elementLabel.` },
  },
  'status-differs-from-progress': {
    message: (v) => ({ id: `Status "${v.status}" berbeda dengan pembaruan terakhir ("${v.latest}").`, en: `Status "${v.status}" differs from the latest progress update ("${v.latest}").` }),
    hint: () => ({ id: 'Samakan status dengan status pada entri progress terakhir.', en: 'Make status match the last progress entry.' }),
  },
  'text-one-line': {
    message: (v) => ({
      id: `Teks ini harus satu baris, tetapi ada baris baru pada karakter ke-${v.position}.`,
      en: `This text must be one line, but there is a line break at character ${v.position}.`,
    }),
    hint: () => ({ id: `Tulis di satu baris, tanpa > atau | di YAML. ${BELONGS_IN_BODY.id}`, en: `Write it on one line, without > or | in the YAML. ${BELONGS_IN_BODY.en}` }),
  },
  'text-hidden-character': {
    message: (v) => ({
      id: `Teks ini memuat ${hiddenCharacterName(v.code).id} (${v.code}) pada karakter ke-${v.position}.`,
      en: `This text contains ${hiddenCharacterName(v.code).en} (${v.code}) at character ${v.position}.`,
    }),
    hint: () => ({
      id: 'Karakter ini tidak terlihat tetapi mengubah cara teks dibaca atau ditampilkan. Hapus, lalu ketik ulang teks di sekitarnya; biasanya terbawa saat menyalin dari PDF, Word atau situs web.',
      en: 'It is invisible but changes how the text is read or shown. Delete it and retype the text around it; it usually comes along when copying from a PDF, Word or a website.',
    }),
  },
  'folder-slug-mismatch': {
    message: (v) => ({ id: `Slug "${v.slug}" tidak sama dengan nama folder "${v.folder}".`, en: `Slug "${v.slug}" differs from the folder name "${v.folder}".` }),
  },
  'register-code-required': {
    message: () => ({ id: 'Daerah nyata wajib mengisi code, kode wilayah Kemendagri (NN.NN).', en: 'A real region needs code, its Kemendagri region code (NN.NN).' }),
    hint: (v) => registerCodeHint(v, true),
  },
  'register-code-unknown': {
    message: (v) => ({ id: `Kode wilayah "${v.value}" tidak ada di daftar Kemendagri.`, en: `Region code "${v.value}" is not in the Kemendagri register.` }),
    hint: (v) => registerCodeHint(v, false),
  },
  'register-slug-mismatch': {
    message: (v) => ({
      id: `Slug "${v.value}" tidak sesuai daftar Kemendagri: kode ${v.code} (${v.registered}) ber-slug "${v.expected}".`,
      en: `Slug "${v.value}" does not match the Kemendagri register: code ${v.code} (${v.registered}) has the slug "${v.expected}".`,
    }),
    hint: (v) =>
      registerMismatchHint(v, { id: ' Ganti juga nama foldernya.', en: ' Rename the folder too.' }) ?? {
        id: `Ganti slug dan nama foldernya menjadi ${v.expected}.`,
        en: `Change the slug and the folder name to ${v.expected}.`,
      },
  },
  'register-name-mismatch': {
    message: (v) => ({
      id: `Nama "${v.value}" tidak sesuai daftar Kemendagri: nama resmi kode ${v.code} adalah "${v.expected}".`,
      en: `Name "${v.value}" does not match the Kemendagri register: the official name for code ${v.code} is "${v.expected}".`,
    }),
    hint: (v) => registerMismatchHint(v),
  },
  'register-type-mismatch': {
    message: (v) => ({
      id: `Jenis "${v.value}" tidak sesuai daftar Kemendagri: kode ${v.code} (${v.registered}) berjenis ${v.expected}.`,
      en: `Type "${v.value}" does not match the Kemendagri register: code ${v.code} (${v.registered}) is a ${v.expected}.`,
    }),
  },
  'register-province-mismatch': {
    message: (v) => ({
      id: `Provinsi "${v.value}" tidak sesuai daftar Kemendagri: kode ${v.code} (${v.registered}) ada di provinsi "${v.expected}".`,
      en: `Province "${v.value}" does not match the Kemendagri register: code ${v.code} (${v.registered}) is in the province "${v.expected}".`,
    }),
    hint: (v) => registerMismatchHint(v),
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
    hint: () => ({
      id: 'Bisa benar (mis. quick win yang dimulai sebelum masterplan disahkan). Pastikan tahunnya sesuai sumber.',
      en: 'This can be right (e.g. a quick win that started before the masterplan was adopted). Make sure the year is what the source says.',
    }),
  },
  'programme-outside-horizon': {
    message: (v) => ({
      id: `Program mulai ${v.year}, di luar ${horizonName(v.horizon).id} (${v.start}–${v.end}).`,
      en: `The programme starts in ${v.year}, outside the ${horizonName(v.horizon).en} (${v.start}–${v.end}).`,
    }),
    hint: () => ({
      id: 'horizon adalah jangka waktu saat program dimulai. Bila sumber memang menempatkannya di jangka itu, biarkan.',
      en: 'horizon is the horizon in which the programme starts. If the source does place it there, leave it.',
    }),
  },
  'quick-win-not-short': {
    message: (v) => ({ id: `Quick win harus berada di jangka pendek, bukan ${horizonName(v.horizon).id}.`, en: `A quick win must be on the short-term horizon, not the ${horizonName(v.horizon).en}.` }),
    hint: () => ({
      id: 'Ubah horizon menjadi short, atau kind menjadi priority; bila sumber memang menyebut keduanya, biarkan.',
      en: 'Set horizon to short, or kind to priority; if the source does say both, leave it.',
    }),
  },
  'abbreviation-unexplained': {
    message: (v) => ({
      id: `Singkatan "${v.abbreviation}" belum dijelaskan: tidak ada di glosarium dan tidak diuraikan di berkas ini.`,
      en: `The abbreviation "${v.abbreviation}" is not explained: it is not in the glossary and not spelt out in this file.`,
    }),
    hint: (v) => ({
      id: `Tulis kepanjangannya di dekatnya, mis. "Nama Lengkap (${v.abbreviation})", atau minta pengelola menambahkannya ke glosarium (src/lib/glossary.ts) bila singkatan itu umum.`,
      en: `Spell it out beside it, e.g. "Full Name (${v.abbreviation})", or ask the maintainers to add it to the glossary (src/lib/glossary.ts) if it is a common one.`,
    }),
  },
  'programme-ref-unknown': {
    message: (v) => ({ id: `<ProgramRef id="${v.id}" />: ${v.region} tidak punya program dengan id itu.`, en: `<ProgramRef id="${v.id}" />: ${v.region} has no programme with that id.` }),
    hint: (v) =>
      v.suggestion === undefined
        ? { id: `Id program adalah nama berkasnya di content/${v.region}/program/.`, en: `A programme id is its file name in content/${v.region}/program/.` }
        : didYouMean(String(v.suggestion)),
  },
  'link-programme-unknown': {
    message: (v) => ({ id: `Tautan "${v.url}": ${v.region} tidak punya program "${v.id}".`, en: `Link "${v.url}": ${v.region} has no programme "${v.id}".` }),
    hint: (v) =>
      v.suggestion === undefined
        ? { id: `Id program adalah nama berkasnya di content/${v.region}/program/.`, en: `A programme id is its file name in content/${v.region}/program/.` }
        : didYouMean(String(v.suggestion)),
  },
  'link-region-unknown': {
    message: (v) => ({ id: `Tautan "${v.url}": daerah "${v.region}" tidak punya halaman di portal.`, en: `Link "${v.url}": the region "${v.region}" has no page on the portal.` }),
    hint: (v) =>
      v.suggestion === undefined
        ? { id: 'Alamat halaman daerah adalah nama foldernya di content/, mis. /kota-contoh/.', en: 'A region page is addressed by its folder name in content/, e.g. /kota-contoh/.' }
        : didYouMean(String(v.suggestion)),
  },
  'link-dimension-unknown': {
    message: (v) => ({ id: `Tautan "${v.url}": "${v.dimension}" bukan salah satu dari enam dimensi.`, en: `Link "${v.url}": "${v.dimension}" is not one of the six dimensions.` }),
    hint: (v) => suggestDimension(String(v.dimension)),
  },
  'link-page-unknown': {
    message: (v) => ({ id: `Tautan "${v.url}" menuju halaman yang tidak ada di portal.`, en: `Link "${v.url}" leads to a page the portal does not have.` }),
    hint: (v) =>
      v.suggestion === undefined
        ? {
            id: 'Alamat di portal: /<daerah>/, /<daerah>/program/<id>/, /<daerah>/dimensi/<dimensi>/, /dimensi/<dimensi>/, /daerah/, /tentang/.',
            en: 'Portal addresses: /<region>/, /<region>/program/<id>/, /<region>/dimensi/<dimension>/, /dimensi/<dimension>/, /daerah/, /tentang/.',
          }
        : didYouMean(String(v.suggestion)),
  },
  'link-trailing-slash': {
    message: (v) => ({ id: `Tautan "${v.url}" harus diakhiri garis miring (/).`, en: `Link "${v.url}" must end with a slash (/).` }),
    hint: (v) => ({ id: `Tulis "${v.fixed}".`, en: `Write "${v.fixed}".` }),
  },
  'link-anchor-unknown': {
    message: (v) => ({ id: `Tautan "${v.url}": bagian "#${v.anchor}" tidak ada di halaman itu.`, en: `Link "${v.url}": the section "#${v.anchor}" is not on that page.` }),
    hint: (v) =>
      v.suggestion === undefined
        ? {
            id: 'Tautan ke bagian halaman memakai judul bagiannya: "## Latar Belakang" menjadi #latar-belakang.',
            en: 'A link to a section uses its heading: "## Latar Belakang" becomes #latar-belakang.',
          }
        : didYouMean(String(v.suggestion)),
  },
  'link-file-missing': {
    message: (v) => ({ id: `Tautan "${v.url}": berkas public${v.path} tidak ada.`, en: `Link "${v.url}": the file public${v.path} does not exist.` }),
    hint: () => ({
      id: 'Periksa ejaan alamatnya. public/ hanya menyimpan gambar; dokumen seperti PDF ditautkan dari situs resminya.',
      en: 'Check the spelling of the address. public/ holds only images; documents such as PDFs are linked from their official site.',
    }),
  },
  'too-many-diagrams': {
    message: (v) => ({ id: `Terlalu banyak diagram mermaid: paling banyak ${v.max} per berkas.`, en: `Too many mermaid diagrams: at most ${v.max} per file.` }),
    hint: () => ({ id: 'Pecah isinya ke halaman dimensi lain, atau gabungkan diagram.', en: 'Move some to another dimension page, or merge diagrams.' }),
  },
  'diagram-too-long': {
    message: (v) => ({ id: `Diagram mermaid terlalu panjang (${v.characters} karakter, paling banyak ${v.max}).`, en: `Mermaid diagram too long (${v.characters} characters, at most ${v.max}).` }),
    hint: () => ({ id: 'Diagram sebesar itu sulit dibaca di ponsel; pecah menjadi beberapa diagram.', en: 'A diagram that big is hard to read on a phone; split it.' }),
  },
  'diagram-directive': {
    message: () => ({ id: 'Petunjuk pengaturan %%{…}%% tidak diizinkan di diagram.', en: 'Settings directives %%{…}%% are not allowed in diagrams.' }),
    hint: () => ({
      id: 'Portal mengatur tampilan semua diagram; hapus petunjuk ini. Komentar ditulis %% tanpa kurung kurawal.',
      en: 'The portal sets how every diagram looks; remove the directive. Comments are written %% without braces.',
    }),
  },
  'diagram-frontmatter': {
    message: () => ({ id: 'Blok pengaturan --- di awal diagram tidak diizinkan.', en: 'A --- settings block at the start of a diagram is not allowed.' }),
    hint: () => ({ id: 'Hapus blok itu. Untuk judul, tulis baris accTitle: Judul di dalam diagram.', en: 'Remove the block. For a title, write an accTitle: line inside the diagram.' }),
  },
  'diagram-link': {
    message: (v) => ({ id: `Tautan dan aksi klik (${v.keyword}) tidak diizinkan di diagram.`, en: `Links and click actions (${v.keyword}) are not allowed in diagrams.` }),
    hint: () => ({ id: 'Tulis tautannya sebagai teks biasa di bawah diagram.', en: 'Put the link in ordinary text below the diagram.' }),
  },
  'diagram-image': {
    message: () => ({ id: 'Gambar (img:) tidak diizinkan di dalam diagram.', en: 'Images (img:) are not allowed inside diagrams.' }),
    hint: () => ({ id: 'Tampilkan gambarnya di luar diagram, sebagai gambar biasa di teks.', en: 'Show the picture outside the diagram, as an ordinary image in the text.' }),
  },
  'diagram-html': {
    message: (v) => ({ id: `Tag HTML ${v.tag} tidak diizinkan di diagram.`, en: `The HTML tag ${v.tag} is not allowed in diagrams.` }),
    hint: () => ({
      id: 'Tulis teks biasa; untuk pindah baris di label pakai <br>. Tanda < sebagai teks ditulis dengan spasi sesudahnya.',
      en: 'Write plain text; for a line break in a label use <br>. A < meant as text is written with a space after it.',
    }),
  },
  'diagram-style-value': {
    message: (v) => ({
      id: `Gaya diagram hanya boleh berisi warna, garis dan ukuran; "${v.found}" tidak diizinkan.`,
      en: `Diagram styles may hold only colours, lines and sizes; "${v.found}" is not allowed.`,
    }),
    hint: () => ({ id: 'Contoh: style A fill:#e3eff1,stroke:#3f6f78,stroke-width:2px', en: 'For example: style A fill:#e3eff1,stroke:#3f6f78,stroke-width:2px' }),
  },
  'diagram-syntax': {
    message: (v) => ({ id: `Mermaid tidak dapat membaca diagram ini: ${v.detail}`, en: `Mermaid cannot read this diagram: ${v.detail}` }),
    hint: () => ({
      id: 'Periksa baris ini dan baris sebelumnya. Contoh penulisan tiap jenis diagram ada di https://mermaid.js.org/intro/',
      en: 'Check this line and the one before it. Examples for every diagram type are at https://mermaid.js.org/intro/',
    }),
  },
  'diagram-unverified': {
    message: () => ({
      id: 'Penulisan diagram ini belum diperiksa: tidak ada Chromium untuk menjalankan Mermaid.',
      en: 'This diagram was not checked: no Chromium was available to run Mermaid.',
    }),
    hint: () => ({
      id: 'Pasang Chromium (atau arahkan MERMAID_CHROMIUM ke browsernya), lalu jalankan npm run check lagi.',
      en: 'Install Chromium (or point MERMAID_CHROMIUM at one), then run npm run check again.',
    }),
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
  'content-image-file': {
    message: (v) => ({ id: `Gambar "${v.name}" tidak boleh ada di content/: gambar disimpan di public/.`, en: `The image "${v.name}" does not belong in content/: images are kept in public/.` }),
    hint: (v) => ({
      id: `Pindahkan ke ${v.destination}, lalu tampilkan dengan alamat ${v.address}.`,
      en: `Move it to ${v.destination}, then show it with the address ${v.address}.`,
    }),
  },
  'content-document-file': {
    message: (v) => ({ id: `Dokumen "${v.name}" tidak boleh ada di content/: portal tidak menerbitkan berkas dokumen.`, en: `The document "${v.name}" does not belong in content/: the portal publishes no document files.` }),
    hint: () => ({
      id: 'Pindahkan ke luar folder content/. Dokumen sumber dicantumkan sebagai tautan di sources atau documents (url: https://…, alamat tempat dokumen itu terbit).',
      en: 'Move it out of the content/ folder. Source documents are cited as links in sources or documents (url: https://…, where the document is published).',
    }),
  },
  'content-file-type': {
    message: (v) => ({
      id: `Berkas "${v.name}" bukan teks .md atau .mdx, jadi tidak boleh ada di content/.`,
      en: `"${v.name}" is not a .md or .mdx text, so it does not belong in content/.`,
    }),
    hint: () => ({
      id: 'Pindahkan ke luar content/. Gambar disimpan di public/ (mis. public/gambar/foto.jpg); dokumen seperti PDF ditautkan dari situs resminya.',
      en: 'Move it out of content/. Images go in public/ (e.g. public/gambar/foto.jpg); documents such as PDFs are linked from their official site.',
    }),
  },
  'public-file-type': {
    message: (v) => ({
      id: `Berkas "${v.name}" tidak boleh ada di public/: di sini hanya gambar ${v.allowed}.`,
      en: `"${v.name}" does not belong in public/: only ${v.allowed} images go here.`,
    }),
    hint: () => ({
      id: 'Portal tidak memuat skrip, halaman atau dokumen dari public/. Hapus berkas ini; dokumen ditautkan dari situs resminya.',
      en: 'The portal serves no scripts, pages or documents from public/. Delete this file; documents are linked from their official site.',
    }),
  },
  'public-file-content': {
    message: (v) => ({ id: `Isi berkas tidak cocok dengan namanya: ini bukan gambar ${v.extension}.`, en: `The content does not match the name: this is not a ${v.extension} image.` }),
    hint: () => ({
      id: 'Simpan ulang gambarnya dari aplikasi gambar dengan jenis yang benar; mengganti nama berkas saja tidak cukup.',
      en: 'Save the image again from an image program in the right format; renaming the file is not enough.',
    }),
  },
  'svg-not-drawing': {
    message: (v) => ({
      id: `Gambar SVG ini memuat ${v.found}; di public/ hanya boleh SVG yang berisi bentuk gambar saja.`,
      en: `This SVG contains ${v.found}; public/ accepts only SVG made of drawing shapes.`,
    }),
    hint: () => ({
      id: 'Ekspor ulang sebagai SVG biasa ("Plain SVG") tanpa skrip, tautan, gaya atau gambar tertanam, atau simpan sebagai PNG.',
      en: 'Export it again as plain SVG without scripts, links, styles or embedded images, or save it as PNG.',
    }),
  },
  'svg-not-well-formed': {
    message: (v) => ({ id: `Gambar SVG ini tidak bisa dibaca sebagai XML: ${v.detail}`, en: `This SVG cannot be read as XML: ${v.detail}` }),
    hint: () => ({ id: 'Ekspor ulang dari aplikasi gambar, atau simpan sebagai PNG.', en: 'Export it again from the drawing program, or save it as PNG.' }),
  },
  'symlink': {
    message: () => ({ id: 'Ini tautan (symlink) ke tempat lain, bukan berkas atau folder biasa.', en: 'This is a link (symlink) to somewhere else, not an ordinary file or folder.' }),
    hint: () => ({
      id: 'Portal hanya membaca berkas dan folder biasa. Ganti tautan itu dengan salinan isinya, atau hapus.',
      en: 'The portal reads only ordinary files and folders. Replace the link with a copy of what it points to, or delete it.',
    }),
  },
  'hidden-file': {
    message: (v) => ({
      id: `Berkas atau folder tersembunyi (namanya diawali titik) tidak boleh ada di ${v.folder}/.`,
      en: `Hidden files and folders (names starting with a dot) do not belong in ${v.folder}/.`,
    }),
    hint: (v) => ({
      id: `Hapus, atau pindahkan ke luar ${v.folder}/. Berkas seperti .DS_Store dibuat otomatis oleh sistem operasi dan aman dihapus.`,
      en: `Delete it, or move it out of ${v.folder}/. Files such as .DS_Store are made by the operating system and are safe to delete.`,
    }),
  },
  'not-a-file': {
    message: () => ({ id: 'Ini bukan berkas atau folder biasa (mis. pipa atau perangkat).', en: 'This is not an ordinary file or folder (e.g. a pipe or a device).' }),
    hint: (v) => ({ id: `Hapus dari ${v.folder}/.`, en: `Remove it from ${v.folder}/.` }),
  },
  'file-too-large': {
    message: (v) => ({ id: `Ukuran berkas ${fileSize(v.bytes, 'id')}; batas ${fileSize(v.maxBytes, 'id')}.`, en: `The file is ${fileSize(v.bytes, 'en')}; the limit is ${fileSize(v.maxBytes, 'en')}.` }),
    hint: () => ({
      id: 'Berkas sebesar itu biasanya berisi gambar atau tabel yang ditempel. Pecah teksnya ke beberapa halaman, dan simpan gambar di public/.',
      en: 'A file that big usually holds pasted images or tables. Split the text over several pages, and keep images in public/.',
    }),
  },
  'control-character': {
    message: (v) => ({ id: `Ada karakter kendali tak terlihat (${v.code}) di kolom ${v.column}.`, en: `An invisible control character (${v.code}) is at column ${v.column}.` }),
    hint: () => ({
      id: 'Biasanya terbawa saat menyalin dari PDF atau Word. Hapus karakter itu (ketik ulang bagian tersebut).',
      en: 'It usually comes along when copying from a PDF or Word. Delete it (retype that part).',
    }),
  },
  'lone-carriage-return': {
    message: (v) => ({
      id: `Ada tanda ganti baris CR tanpa LF di kolom ${v.column}; tiap program membacanya berbeda.`,
      en: `A CR line break without LF is at column ${v.column}; programs read it differently.`,
    }),
    hint: () => ({
      id: 'Simpan ulang berkas dengan akhir baris LF (di VS Code: klik "CR" di pojok kanan bawah, pilih LF).',
      en: 'Save the file again with LF line endings (in VS Code: click "CR" in the bottom right corner, choose LF).',
    }),
  },
  'line-separator': {
    message: (v) => ({
      id: `Ada pemisah baris Unicode (${v.code}) di kolom ${v.column}; tiap program membacanya berbeda.`,
      en: `A Unicode line separator (${v.code}) is at column ${v.column}; programs read it differently.`,
    }),
    hint: () => ({ id: 'Ganti dengan ganti baris biasa (Enter), atau hapus.', en: 'Replace it with an ordinary line break (Enter), or delete it.' }),
  },
  'bidi-control': {
    message: (v) => ({
      id: `Ada karakter pengatur arah teks (${v.code}) di kolom ${v.column}: teks bisa tampil berbeda dari isinya.`,
      en: `A text-direction control character (${v.code}) is at column ${v.column}: the text could display differently from what it contains.`,
    }),
    hint: () => ({
      id: 'Hapus karakter itu; teks portal tidak memerlukannya. Biasanya terbawa saat menyalin teks.',
      en: 'Delete it; the portal’s text never needs it. It usually comes along when copying text.',
    }),
  },
  'byte-order-mark-inside': {
    message: (v) => ({ id: `Ada tanda BOM (U+FEFF) di tengah berkas, kolom ${v.column}.`, en: `A byte order mark (U+FEFF) is inside the file, at column ${v.column}.` }),
    hint: () => ({ id: 'Biasanya akibat menggabungkan dua berkas. Hapus karakter itu.', en: 'It usually comes from joining two files. Delete it.' }),
  },
  'replacement-character': {
    message: (v) => ({
      id: `Ada karakter pengganti (U+FFFD, tampil sebagai �) di kolom ${v.column}: teks rusak saat disalin atau dikonversi.`,
      en: `A replacement character (U+FFFD, shown as �) is at column ${v.column}: the text was damaged when copied or converted.`,
    }),
    hint: () => ({ id: 'Ketik ulang huruf yang rusak.', en: 'Retype the damaged letters.' }),
  },
  'more-character-problems': {
    message: (v) => ({ id: `${v.count} baris lain juga memuat karakter terlarang.`, en: `${v.count} more lines also contain forbidden characters.` }),
    hint: () => ({
      id: 'Berkas mungkin disimpan dengan pengodean yang salah (mis. UTF-16). Simpan ulang sebagai "UTF-8" di editor teks.',
      en: 'The file may have been saved in the wrong encoding (e.g. UTF-16). Save it again as "UTF-8" in a text editor.',
    }),
  },
  'image-path-invalid': {
    message: (v) => ({
      id: `Alamat gambar "${v.path}" tidak bisa dipakai: tulis alamat berkas di public/ yang diawali satu /, mis. /gambar/foto.jpg.`,
      en: `The image address "${v.path}" cannot be used: write the path of a file in public/ starting with one /, e.g. /gambar/foto.jpg.`,
    }),
    hint: () => ({
      id: 'Nama folder dan berkas hanya boleh berisi huruf, angka, tanda hubung (-), garis bawah (_) dan titik; tanpa spasi, .., \\ atau //.',
      en: 'Folder and file names may hold only letters, digits, hyphens (-), underscores (_) and dots; no spaces, .., \\ or //.',
    }),
  },
  'image-type-not-allowed': {
    message: (v) => ({ id: `"${v.path}" bukan jenis gambar yang bisa dipakai. Yang boleh: ${v.allowed}.`, en: `"${v.path}" is not an image type that can be used. Allowed: ${v.allowed}.` }),
  },
  'image-not-found': {
    message: (v) => ({ id: `Gambar "${v.path}" tidak ada di public/.`, en: `The image "${v.path}" is not in public/.` }),
    hint: (v) =>
      v.suggestion === undefined
        ? {
            id: `Simpan gambarnya sebagai public${v.path}, atau periksa ejaan dan huruf besar-kecil alamatnya.`,
            en: `Save the image as public${v.path}, or check the spelling and capitals of the address.`,
          }
        : didYouMean(String(v.suggestion)),
  },
  'image-path-relative': {
    message: (v) => ({
      id: `Alamat gambar "${v.path}" relatif: gambar selalu dicari di public/, bukan di samping berkas ini.`,
      en: `The image address "${v.path}" is relative: images are always looked up in public/, not beside this file.`,
    }),
    hint: (v) =>
      v.suggestion === undefined
        ? { id: 'Simpan gambarnya di public/gambar/, lalu tulis alamatnya diawali /, mis. /gambar/foto.jpg.', en: 'Save the image in public/gambar/, then write its address starting with /, e.g. /gambar/foto.jpg.' }
        : { id: `Tulis "${v.suggestion}" untuk berkas public${v.suggestion}.`, en: `Write "${v.suggestion}" for the file public${v.suggestion}.` },
  },
  'source-id-format': {
    message: (v) => ({
      id: `id sumber "${v.value}" hanya boleh berisi huruf, angka dan tanda hubung (-), tanpa spasi.`,
      en: `Source id "${v.value}" may hold only letters, digits and hyphens (-), no spaces.`,
    }),
    hint: () => ({ id: 'Contoh: L17a, kukar-mediumindonesia.', en: 'For example: L17a, kukar-mediumindonesia.' }),
  },
  'cohort-source-unknown': {
    message: (v) => ({ id: `Sumber "${v.id}" tidak ada di daftar sources berkas ini.`, en: `Source "${v.id}" is not in this file's sources list.` }),
    hint: (v) =>
      v.suggestion === undefined
        ? { id: 'Tambahkan sumbernya ke sources (id, title, outlet, url), lalu rujuk id-nya di sini.', en: 'Add the source to sources (id, title, outlet, url), then cite its id here.' }
        : didYouMean(String(v.suggestion)),
  },
  'cohort-source-duplicate': {
    message: (v) => ({ id: `id sumber "${v.id}" sudah dipakai oleh sumber di baris ${v.line}.`, en: `Source id "${v.id}" is already used by the source on line ${v.line}.` }),
    hint: () => ({ id: 'Cantumkan setiap sumber sekali; beri id lain bila halamannya berbeda.', en: 'List each source once; give it another id if it is a different page.' }),
  },
  'cohort-claim-duplicate': {
    message: (v) => ({
      id: `${v.name} (${v.code}) sudah punya klaim kohort ${v.year} di baris ${v.line}.`,
      en: `${v.name} (${v.code}) already has a ${v.year} cohort claim on line ${v.line}.`,
    }),
    hint: () => ({ id: 'Satukan: satu klaim per daerah per tahun, dengan semua sumbernya di sources.', en: 'Merge them: one claim per region and year, with all its sources in sources.' }),
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
    message: (v) => ({ id: 'Penulisan data (YAML) di baris ini tidak bisa dibaca.', en: `The data (YAML) on this line cannot be read. Parser: ${v.detail}` }),
    hint: () => ({
      id: 'Periksa baris ini dan baris di atasnya: tiap kolom ditulis nama: nilai (dengan spasi sesudah titik dua), awal baris memakai spasi (bukan tab), dan nilai yang memuat titik dua atau tanda kutip diapit tanda kutip.',
      en: 'Check this line and the one above: each field is written name: value (with a space after the colon), lines start with spaces (not tabs), and a value holding a colon or quote marks is put in quotes.',
    }),
  },
  'yaml-space-after-colon': {
    message: (v) => ({
      id: `Sesudah titik dua pada kolom "${v.key}" harus ada spasi.`,
      en: `A space must follow the colon of the field "${v.key}". Parser: ${v.detail}`,
    }),
    hint: (v) => ({ id: `Tulis: ${v.fixed}`, en: `Write: ${v.fixed}` }),
  },
  'yaml-missing-colon': {
    message: (v) => ({ id: `Sesudah nama kolom "${v.key}" tidak ada titik dua (:).`, en: `The field name "${v.key}" is not followed by a colon (:). Parser: ${v.detail}` }),
    hint: (v) => ({ id: `Tulis: ${v.fixed}`, en: `Write: ${v.fixed}` }),
  },
  'yaml-colon-in-value': {
    message: (v) => ({
      id: `Isi kolom "${v.key}" memuat titik dua (:), jadi harus diapit tanda kutip.`,
      en: `The value of "${v.key}" holds a colon (:), so it must be put in quotes. Parser: ${v.detail}`,
    }),
    hint: (v) => ({ id: `Tulis: ${v.fixed}`, en: `Write: ${v.fixed}` }),
  },
  'yaml-tab-indentation': {
    message: (v) => ({ id: 'Baris ini diawali tab; awal baris hanya boleh berisi spasi.', en: `This line starts with a tab; only spaces may start a line. Parser: ${v.detail}` }),
    hint: () => ({
      id: 'Ganti tab di awal baris dengan spasi, dua spasi per tingkat (di VS Code: perintah "Convert Indentation to Spaces").',
      en: 'Replace the tab at the start of the line with spaces, two per level (in VS Code: the "Convert Indentation to Spaces" command).',
    }),
  },
  'yaml-unclosed-quote': {
    message: (v) => ({ id: `Tanda kutip ${v.quote} yang dibuka di baris ini tidak ditutup.`, en: `The quote mark ${v.quote} opened on this line is never closed. Parser: ${v.detail}` }),
    hint: (v) => ({ id: `Tutup di akhir nilainya: ${v.fixed}`, en: `Close it at the end of the value: ${v.fixed}` }),
  },
  'yaml-indentation': {
    message: (v) => ({
      id: 'Jumlah spasi di awal baris ini tidak sejajar dengan kolom lain di kelompoknya.',
      en: `The spaces at the start of this line do not line up with the other fields of its group. Parser: ${v.detail}`,
    }),
    hint: (v) =>
      v.sibling === undefined
        ? {
            id: 'Kolom dalam satu kelompok diawali jumlah spasi yang sama; isi sebuah kolom menjorok dua spasi lebih dalam dari namanya.',
            en: 'Fields of one group start with the same number of spaces; what a field holds is indented two spaces deeper than its name.',
          }
        : {
            id: `Awali baris dengan ${v.spaces} spasi, sejajar dengan "${v.sibling}" di baris ${v.siblingLine}.`,
            en: `Start the line with ${v.spaces} spaces, in line with "${v.sibling}" on line ${v.siblingLine}.`,
          },
  },
  'yaml-duplicate-key': {
    message: (v) => ({ id: `Kolom "${v.key}" ditulis dua kali; yang pertama di baris ${v.firstLine}.`, en: `The field "${v.key}" is written twice; the first is on line ${v.firstLine}. Parser: ${v.detail}` }),
    hint: () => ({ id: 'Hapus salah satunya, atau gabungkan isinya menjadi satu kolom.', en: 'Delete one of them, or merge them into one field.' }),
  },
  'frontmatter-not-object': {
    message: () => ({ id: 'Frontmatter harus berisi pasangan kolom: nilai.', en: 'The frontmatter must contain field: value pairs.' }),
  },
} satisfies Record<string, Wording>;

export type RuleId = keyof typeof RULES;

/**
 * One example of each rule's values, so that PANDUAN's table of messages (`npm run docs:errors`,
 * scripts/error-table.ts) shows every message as an editor reads it. Keyed by RuleId: a new rule
 * does not type-check until its example is here.
 */
const RULE_EXAMPLES: Readonly<Record<RuleId, Values>> = {
  'field-required': { field: 'province' },
  'field-empty': { field: 'vision' },
  'item-empty': { field: 'missions', position: 2 },
  'date-format': { field: 'date', value: '17-08-2024', fixed: '2024-08-17' },
  'date-not-real': { value: '2024-02-30' },
  'span-end-before-start': { start: 2025, end: 2022 },
  'end-date-before-date': { date: '2022-03-16', endDate: '2022-03-15' },
  'legal-year-required': { kind: 'perwal' },
  'legal-not-yet-with-number': {},
  'slug-type-prefix': { slug: 'balikpapan', prefix: 'kota-' },
  'province-without-letters': { province: '—' },
  'real-region-needs-source': {},
  'cohort-belongs-in-data': { code: '64.71' },
  'real-programme-needs-source': {},
  'source-number-missing': { source: 3, count: 2 },
  'evaluation-without-result': {},
  'inferred-field-unknown': { field: 'horizon', choices: 'period, horizons, milestones' },
  'placeholder-text': { text: 'Tulis visi Smart City daerah di sini.' },
  'source-without-date': { numbers: '2' },
  'horizons-need-period': {},
  'horizon-start-period': { year: 2023, start: 2022 },
  'horizon-end-period': { year: 2030, end: 2031 },
  'horizon-gap': { earlier: 'short', later: 'medium', from: 2024, to: 2025 },
  'horizon-overlap': { earlier: 'medium', later: 'long', year: 2026 },
  'element-other-needs-label': {},
  'element-of-other-dimension': { element: 'transportasi', dimension: 'smart-governance', owner: 'smart-living' },
  'element-unknown': { element: 'layanan-publik', dimension: 'smart-governance', choices: 'pelayanan-publik, manajemen-birokrasi, efisiensi-kebijakan-publik' },
  'status-differs-from-progress': { status: 'planned', latest: 'running' },
  'text-one-line': { position: 41 },
  'text-hidden-character': { code: 'U+200E', position: 12 },
  'folder-slug-mismatch': { slug: 'kota-balikpapan', folder: 'kota-balikpapan-2024' },
  'register-code-required': { suggestion: '64.71', suggestionName: 'Kota Balikpapan' },
  'register-code-unknown': { value: '64.99' },
  'register-slug-mismatch': { value: 'kota-balikpapn', code: '64.71', registered: 'Kota Balikpapan', expected: 'kota-balikpapan', suggestion: 'kota-balikpapan' },
  'register-name-mismatch': { value: 'Kota Balikpapn', code: '64.71', expected: 'Kota Balikpapan', suggestion: 'Kota Balikpapan' },
  'register-type-mismatch': { value: 'kabupaten', code: '64.71', registered: 'Kota Balikpapan', expected: 'kota' },
  'register-province-mismatch': { value: 'Kalimantan Selatan', code: '64.71', registered: 'Kota Balikpapan', expected: 'Kalimantan Timur' },
  'programme-file-id-mismatch': { id: 'e-kelurahan', fileName: 'ekelurahan' },
  'entry-two-files': { other: 'content/kota-contoh/index.mdx' },
  'programme-id-duplicate': { id: 'e-kelurahan', other: 'content/kota-contoh/program/e-kelurahan-baru.md' },
  'programme-year-outside-period': { year: 2019, start: 2020, end: 2029 },
  'programme-outside-horizon': { year: 2027, horizon: 'short', start: 2022, end: 2023 },
  'quick-win-not-short': { horizon: 'medium' },
  'abbreviation-unexplained': { abbreviation: 'DPMPTSP' },
  'programme-ref-unknown': { id: 'e-kelurhan', region: 'kota-contoh', suggestion: 'e-kelurahan' },
  'link-programme-unknown': { url: '/kota-contoh/program/e-kelurhan/', region: 'kota-contoh', id: 'e-kelurhan', suggestion: 'e-kelurahan' },
  'link-region-unknown': { url: '/kota-balikpapn/', region: 'kota-balikpapn', suggestion: 'kota-balikpapan' },
  'link-dimension-unknown': { url: '/kota-contoh/dimensi/smart-mobility/', dimension: 'smart-mobility' },
  'link-page-unknown': { url: '/kota-contoh/peta/' },
  'link-trailing-slash': { url: '/kota-contoh/program/e-kelurahan', fixed: '/kota-contoh/program/e-kelurahan/' },
  'link-anchor-unknown': { url: '/kota-contoh/#latar-belakng', anchor: 'latar-belakng', suggestion: 'latar-belakang' },
  'link-file-missing': { url: '/dokumen/masterplan.pdf', path: '/dokumen/masterplan.pdf' },
  'too-many-diagrams': { max: 5 },
  'diagram-too-long': { characters: 6200, max: 5000 },
  'diagram-directive': {},
  'diagram-frontmatter': {},
  'diagram-link': { keyword: 'click' },
  'diagram-image': {},
  'diagram-html': { tag: '<img src="peta.png">' },
  'diagram-style-value': { found: 'url(' },
  'diagram-syntax': { detail: "Parse error on line 3: Expecting 'SEMI', 'NEWLINE', got 'ARROW_POINT'" },
  'diagram-unverified': {},
  'dimension-file-mismatch': { fileName: 'smart-living', extension: '.md', dimension: 'smart-society' },
  'dimension-file-unknown': { fileName: 'smart-mobility' },
  'progress-in-future': { date: '2031-01-15', today: '2025-06-01' },
  'progress-out-of-order': { date: '2023-01-10', previous: '2023-06-30' },
  'region-missing-index': { folder: 'kota-balikpapan' },
  'stray-file': {},
  'content-image-file': { name: 'peta-jalan.png', destination: 'public/gambar/kota-contoh/peta-jalan.png', address: '/gambar/kota-contoh/peta-jalan.png' },
  'content-document-file': { name: 'masterplan.pdf' },
  'content-file-type': { name: 'catatan.zip' },
  'public-file-type': { name: 'peta.html', allowed: '.png, .jpg, .jpeg, .webp, .avif, .svg, .ico' },
  'public-file-content': { extension: '.png' },
  'svg-not-drawing': { found: '<script>' },
  'svg-not-well-formed': { detail: 'Unexpected close tag' },
  'symlink': {},
  'hidden-file': { folder: 'content' },
  'not-a-file': { folder: 'content' },
  'file-too-large': { bytes: 747_520, maxBytes: 524_288 },
  'control-character': { code: 'U+0007', column: 14 },
  'lone-carriage-return': { column: 31 },
  'line-separator': { code: 'U+2028', column: 9 },
  'bidi-control': { code: 'U+202E', column: 5 },
  'byte-order-mark-inside': { column: 1 },
  'replacement-character': { column: 22 },
  'more-character-problems': { count: 12 },
  'image-path-invalid': { path: '/gambar/peta jalan.png' },
  'image-type-not-allowed': { path: '/gambar/peta.bmp', allowed: '.png, .jpg, .jpeg, .webp, .avif, .svg' },
  'image-not-found': { path: '/gambar/peta-jalan.png' },
  'image-path-relative': { path: 'gambar/peta-jalan.png', suggestion: '/gambar/peta-jalan.png' },
  'source-id-format': { value: 'L17 a' },
  'cohort-source-unknown': { id: 'L17b', suggestion: 'L17a' },
  'cohort-source-duplicate': { id: 'L17a', line: 12 },
  'cohort-claim-duplicate': { name: 'Kota Balikpapan', code: '64.71', year: 2019, line: 40 },
  'empty-file': {},
  'not-utf8': {},
  'no-frontmatter': {},
  'yaml-syntax': { detail: 'Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:' },
  'yaml-space-after-colon': { key: 'name', detail: 'Implicit keys need to be on a single line at line 2, column 1:', fixed: 'name: "Kota Balikpapan"' },
  'yaml-missing-colon': { key: 'province', detail: 'Implicit keys need to be on a single line at line 4, column 1:', fixed: 'province: "Kalimantan Timur"' },
  'yaml-colon-in-value': { key: 'title', detail: 'Nested mappings are not allowed in compact mappings at line 3, column 8:', fixed: 'title: "Masterplan: Buku II"' },
  'yaml-tab-indentation': { detail: 'Tabs are not allowed as indentation at line 8, column 1:' },
  'yaml-unclosed-quote': { quote: '"', detail: 'Missing closing "quote at line 3, column 1:', fixed: 'name: "Kota Balikpapan"' },
  'yaml-indentation': { detail: 'Nested mappings are not allowed in compact mappings at line 7, column 10:', sibling: 'start', spaces: 2, siblingLine: 7 },
  'yaml-duplicate-key': { key: 'vision', firstLine: 6, detail: 'Map keys must be unique at line 9, column 1:' },
  'frontmatter-not-object': {},
};

/**
 * Zod's own issues, as `describeIssue` words them: one example per wording, each a field written
 * wrongly, for the same table. Issues that `describeIssue` words by a rule (a missing field, a
 * date written another way) are in RULE_EXAMPLES.
 */
const ISSUE_EXAMPLES: readonly { readonly schema: z.ZodObject; readonly written: Readonly<Record<string, unknown>> }[] = [
  { schema: z.strictObject({ cohort: z.number() }), written: { cohort: '2017' } },
  { schema: z.strictObject({ startYear: z.number().int() }), written: { startYear: 2017.5 } },
  { schema: z.strictObject({ title: z.string() }), written: { title: 2024 } },
  { schema: z.strictObject({ fictional: z.boolean() }), written: { fictional: 'ya' } },
  { schema: z.strictObject({ missions: z.array(z.string()) }), written: { missions: 'Meningkatkan pelayanan publik' } },
  { schema: z.strictObject({ period: z.strictObject({ start: z.number() }) }), written: { period: 2022 } },
  { schema: z.strictObject({ type: z.enum(REGION_TYPES) }), written: { type: 'kotamadya' } },
  { schema: z.strictObject({ dimension: z.enum(DIMENSION_IDS) }), written: { dimension: 'tata kelola' } },
  { schema: z.strictObject({ name: z.string().min(1) }), written: { name: '' } },
  { schema: z.strictObject({ sources: z.array(z.string()).min(1) }), written: { sources: [] } },
  { schema: z.strictObject({ percent: z.number().min(0) }), written: { percent: -5 } },
  { schema: z.strictObject({ page: z.number().int().positive() }), written: { page: 0 } },
  { schema: z.strictObject({ name: z.string().max(200) }), written: { name: 'Kota Balikpapan '.repeat(15) } },
  { schema: z.strictObject({ tags: z.array(z.string()).max(20) }), written: { tags: Array.from({ length: 25 }, (_, index) => `tag-${index + 1}`) } },
  { schema: z.strictObject({ percent: z.number().max(100) }), written: { percent: 120 } },
  { schema: z.strictObject({ code: z.string().regex(/^\d{2}\.\d{2}$/) }), written: { code: '6471' } },
  { schema: z.strictObject({ url: z.url() }), written: { url: 'www.balikpapan.go.id' } },
  { schema: z.strictObject({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) }), written: { slug: 'Kota Balikpapan' } },
  { schema: z.strictObject({ province: z.string() }), written: { province: 'Kalimantan Timur', provinsi: 'Kalimantan Timur' } },
  { schema: z.strictObject({ baseline: z.union([z.number(), z.string()]) }), written: { baseline: true } },
];

/** A message of the catalogue worded with example values, as PANDUAN's table shows it. */
export interface ExampleMessage {
  readonly message: Bilingual;
  readonly hint?: Bilingual;
}

/** Every message of this catalogue with its example values: Zod's issues first, then the rules. */
export function exampleMessages(): { readonly issues: ExampleMessage[]; readonly rules: ExampleMessage[] } {
  const issues = ISSUE_EXAMPLES.flatMap(({ schema, written }) => {
    const result = schema.safeParse(written);
    if (result.success) throw new Error(`The example ${JSON.stringify(written)} raises no issue: give it a value the schema refuses.`);
    return result.error.issues.map((issue) => describeIssue(issue, issue.path.length === 0 ? written : written[String(issue.path[0])], Object.keys(schema.shape)));
  });
  const rules = (Object.keys(RULES) as RuleId[]).map((rule) => {
    if (!(rule in RULE_EXAMPLES)) throw new Error(`The rule "${rule}" has no example in RULE_EXAMPLES (src/lib/content/messages.ts).`);
    return describeRule(rule, RULE_EXAMPLES[rule]);
  });
  return { issues, rules };
}

/**
 * Words a rule. Texts among the values are quoted from content, so their hidden characters are
 * shown as `[U+…]` rather than passed on to the terminal that prints the message.
 */
export function describeRule(rule: RuleId, values: Values = {}): { message: Bilingual; hint?: Bilingual } {
  const wording: Wording = RULES[rule];
  const shown = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? showHiddenCharacters(value) : value]));
  const hint = wording.hint?.(shown);
  return hint ? { message: wording.message(shown), hint } : { message: wording.message(shown) };
}

/** A problem with a whole file (no line) or with one line of it, worded by a rule of this catalogue. */
export function fileProblem(file: string, rule: RuleId, line?: number, values: Values = {}): Problem {
  return { file, ...(line === undefined ? {} : { line }), field: '', ...describeRule(rule, values) };
}

/** A YAML syntax error as a problem of `file`, worded by the slip it was recognised as. */
export function yamlSyntaxProblem(file: string, error: YamlSyntaxError): Problem {
  const { slip, line, detail } = error;
  switch (slip.kind) {
    case 'other':
      return fileProblem(file, 'yaml-syntax', line, { detail });
    case 'indentation':
      return fileProblem(file, 'yaml-indentation', line, { detail, ...(slip.sibling ? { sibling: slip.sibling.key, siblingLine: slip.sibling.line, spaces: slip.sibling.spaces } : {}) });
    case 'tab-indentation':
      return fileProblem(file, 'yaml-tab-indentation', line, { detail });
    default: {
      const { kind, ...values } = slip;
      return fileProblem(file, `yaml-${kind}`, line, { detail, ...values });
    }
  }
}

/**
 * Hint for a missing or unknown region code: the code of the region the slug or name points to in
 * the register (`suggestion`, `suggestionName`), or where to look it up.
 */
function registerCodeHint(v: Values, fictionalAllowed: boolean): Bilingual {
  if (v.suggestion !== undefined) {
    return {
      id: `Menurut daftar Kemendagri, ${v.suggestionName} berkode ${v.suggestion}: tulis code: "${v.suggestion}".`,
      en: `In the Kemendagri register, ${v.suggestionName} has code ${v.suggestion}: write code: "${v.suggestion}".`,
    };
  }
  const lookUp = { id: 'Cari kodenya di data/wilayah/kode-wilayah-2025.tsv', en: 'Look the code up in data/wilayah/kode-wilayah-2025.tsv' };
  return fictionalAllowed
    ? { id: `${lookUp.id}, atau tulis fictional: true untuk data contoh.`, en: `${lookUp.en}, or write fictional: true for demo data.` }
    : { id: `${lookUp.id}.`, en: `${lookUp.en}.` };
}

/**
 * Hint for a value that differs from the register: when it names another registered region
 * (`otherCode`, `otherName`) the code is the likelier mistake; a near miss gets a did-you-mean.
 */
function registerMismatchHint(v: Values, afterSuggestion: Bilingual = { id: '', en: '' }): Bilingual | undefined {
  if (v.otherCode !== undefined) {
    return {
      id: `"${v.value}" adalah ${v.otherName}, kode ${v.otherCode}: bila itu daerahnya, ganti code menjadi "${v.otherCode}".`,
      en: `"${v.value}" is ${v.otherName}, code ${v.otherCode}: if that is the region, change code to "${v.otherCode}".`,
    };
  }
  if (v.suggestion === undefined) return undefined;
  const suggestion = didYouMean(String(v.suggestion));
  return { id: `${capitalise(suggestion.id)}${afterSuggestion.id}`, en: `${capitalise(suggestion.en)}${afterSuggestion.en}` };
}

const fileSize = (bytes: string | number | undefined, language: keyof Bilingual): string => formatFileSize(Number(bytes), language);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function suggestDimension(value: string): Bilingual | undefined {
  const match = dimensionNamed(value) ?? closestMatch(value, DIMENSION_IDS);
  return match ? didYouMean(match) : undefined;
}

/**
 * The element an unknown `element` value was meant to be: an element named in words or misspelt;
 * when it is another dimension's, both fields to change.
 */
function suggestElement(word: string, dimensionId: string): Bilingual | undefined {
  const named = elementNamed(word, dimensionId);
  const own = dimensionById(dimensionId)?.elements ?? [];
  const owner = named && !own.some((element) => element.id === named.id) ? dimensionOfElement(named.id) : undefined;
  if (named && owner) {
    return {
      id: `"${word}" adalah elemen ${named.id} dari dimensi ${owner.id}: bila itu maksudnya, tulis dimension: ${owner.id} dan element: ${named.id}.`,
      en: `"${word}" is the element ${named.id} of the dimension ${owner.id}: if that is meant, write dimension: ${owner.id} and element: ${named.id}.`,
    };
  }
  const match = named?.id ?? closestMatch(word, own.map((element) => element.id));
  return match === undefined ? undefined : didYouMean(match);
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

/** `date`, `endDate`, `mouDate`: the fields written with `dateSchema` or its day-only form. */
const isDateField = (fieldName: string): boolean => fieldName === 'date' || fieldName.endsWith('Date');

/**
 * A date written another way: its ISO form when it reads as a real date (`17-08-2024` →
 * `2024-08-17`) that the field's own `pattern` (as Zod quotes it, `/…/`) accepts: a field that
 * needs the day is not told to write only the month.
 */
function describeDateFormat(field: string, written: string, pattern?: string): { message: Bilingual; hint?: Bilingual } {
  const suggestion = suggestIsoDate(written);
  const accepted = pattern === undefined || suggestion === undefined || new RegExp(pattern.slice(1, pattern.lastIndexOf('/'))).test(suggestion);
  return describeRule('date-format', { field, value: written, fixed: accepted ? suggestion : undefined });
}

function formatHints(fieldName: string): { message: Bilingual; hint?: Bilingual } | undefined {
  if (fieldName === 'code') {
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
  const missing = missingValue(issue, received, fieldName);
  if (missing) return missing;
  switch (issue.code) {
    case 'invalid_type': {
      if (isDateField(fieldName) && typeof received === 'number') return describeDateFormat(fieldName, String(received));
      const expected = typeName(issue.expected);
      const actual = typeName(typeOf(received));
      const result = { message: { id: `Harus berupa ${expected.id}, bukan ${actual.id}.`, en: `Must be ${expected.en}, not ${actual.en}.` } };
      if (issue.expected === 'string' && typeof received === 'number') {
        return { ...result, hint: { id: `Beri tanda kutip: "${received}"`, en: `Put it in quotes: "${received}"` } };
      }
      return result;
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      if (typeof received === 'object' && received !== null) {
        // A list or a group where one word was expected: name what was written, not its text.
        const written = typeName(typeOf(received));
        return { message: { id: `Harus salah satu dari: ${choices.join(', ')}, bukan ${written.id}.`, en: `Must be one of: ${choices.join(', ')}, not ${written.en}.` } };
      }
      const value = showHiddenCharacters(String(received));
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
      if (issue.origin === 'string' && typeof received === 'string') {
        return {
          message: { id: `Teks terlalu panjang: ${received.length} karakter, paling banyak ${issue.maximum}.`, en: `Text too long: ${received.length} characters, at most ${issue.maximum}.` },
          hint: { id: `Persingkat. ${BELONGS_IN_BODY.id}`, en: `Shorten it. ${BELONGS_IN_BODY.en}` },
        };
      }
      if (issue.origin === 'array' && Array.isArray(received)) {
        return {
          message: { id: `Terlalu banyak: ${received.length} item, paling banyak ${issue.maximum}.`, en: `Too many: ${received.length} items, at most ${issue.maximum}.` },
          hint: { id: 'Daftar sepanjang itu tidak terbaca di satu halaman; pilih yang terpenting.', en: 'A list that long is not read on one page; keep the most important.' },
        };
      }
      return { message: { id: `Maksimal ${issue.maximum}.`, en: `Must be at most ${issue.maximum}.` } };
    }
    case 'invalid_format': {
      if (isDateField(fieldName)) return describeDateFormat(fieldName, String(received), issue.format === 'regex' ? issue.pattern : undefined);
      const value = showHiddenCharacters(String(received));
      return formatHints(fieldName) ?? { message: { id: `Format "${value}" tidak sesuai.`, en: `"${value}" is not in the expected format.` } };
    }
    case 'unrecognized_keys': {
      const [key = ''] = issue.keys;
      const suggestion = suggestFieldName(key, knownFields);
      const others = issue.keys.slice(1).map(showHiddenCharacters).join(', ');
      const message = {
        id: `Kolom "${showHiddenCharacters(key)}" tidak dikenal${others ? ` (juga: ${others})` : ''}.`,
        en: `Unknown field "${showHiddenCharacters(key)}"${others ? ` (also: ${others})` : ''}.`,
      };
      return suggestion ? { message, hint: didYouMean(suggestion) } : { message };
    }
    case 'invalid_union':
      return { message: { id: 'Harus berupa angka atau teks.', en: 'Must be a number or text.' } };
    case 'not_multiple_of':
      return { message: { id: `Harus kelipatan ${String(issue.divisor)}.`, en: `Must be a multiple of ${String(issue.divisor)}.` } };
    case 'custom': {
      const params: Record<string, string | number> = { ...(received === undefined ? {} : { value: String(received) }), ...(issue.params ?? {}) };
      const rule = params.rule;
      if (typeof rule === 'string' && rule in RULES) return describeRule(rule as RuleId, params);
      return { message: { id: issue.message, en: issue.message } };
    }
    default:
      return { message: { id: issue.message, en: issue.message } };
  }
}

/**
 * A field that is not there (`received` undefined) or written with nothing after the colon (null),
 * worded as such whatever the schema expected there: never as a value "undefined" or "null".
 */
function missingValue(issue: z.core.$ZodIssue, received: unknown, fieldName: string): { message: Bilingual; hint?: Bilingual } | undefined {
  if ((received !== undefined && received !== null) || issue.code === 'unrecognized_keys' || issue.code === 'custom') return undefined;
  const last = issue.path.at(-1);
  if (received === null && typeof last === 'number') return describeRule('item-empty', { field: fieldName, position: last + 1 });
  if (received === null) return describeRule('field-empty', { field: fieldName });
  const choices = issue.code === 'invalid_value' ? issue.values.map(String).join(', ') : undefined;
  return describeRule('field-required', { field: fieldName, choices });
}

/** The wording of a required field that is missing because its name is misspelt on the line of `misspelt`. */
export function describeMisspeltField(field: string, misspelt: string): { message: Bilingual; hint?: Bilingual } {
  return describeRule('field-required', { field, misspelt: showHiddenCharacters(misspelt) });
}

function mapOptional<T, U>(value: T | undefined, fn: (v: T) => U): U | undefined {
  return value === undefined ? undefined : fn(value);
}

/** The field `key` was probably meant to be: a near spelling, or the English name of an Indonesian one. */
export function suggestFieldName(key: string, knownFields: readonly string[]): string | undefined {
  return closestMatch(INDONESIAN_FIELD_NAMES[key] ?? key, knownFields);
}

/** Authors often write field names in Indonesian; map the common ones to the English names we use. */
const INDONESIAN_FIELD_NAMES: Record<string, string> = {
  nama: 'name',
  jenis: 'type',
  provinsi: 'province',
  kode: 'code',
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
