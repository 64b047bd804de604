import type { z } from 'astro/zod';
import { DIMENSION_ALIASES, DIMENSION_IDS } from '../dimensions.ts';
import { showHiddenCharacters } from '../hidden-characters.ts';
import type { Bilingual, Problem } from './problem.ts';
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
    hint: (v) => ({ id: `Pilihan: ${v.choices}, atau lainnya dengan elementLabel.`, en: `Choose one of: ${v.choices}, or lainnya with an elementLabel.` }),
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
    message: (v) => ({ id: `Ukuran berkas ${v.size} KB, batas ${v.max} KB.`, en: `The file is ${v.size} KB; the limit is ${v.max} KB.` }),
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
    hint: (v) => ({
      id: `Simpan gambarnya sebagai public${v.path}, atau periksa ejaan dan huruf besar-kecil alamatnya.`,
      en: `Save the image as public${v.path}, or check the spelling and capitals of the address.`,
    }),
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
    message: (v) => ({ id: `Penulisan data (YAML) tidak valid: ${v.detail}`, en: `Invalid YAML: ${v.detail}` }),
    hint: () => ({ id: 'Periksa indentasi (spasi, bukan tab) dan tanda kutip.', en: 'Check the indentation (spaces, not tabs) and quotes.' }),
  },
  'frontmatter-not-object': {
    message: () => ({ id: 'Frontmatter harus berisi pasangan kolom: nilai.', en: 'The frontmatter must contain field: value pairs.' }),
  },
} satisfies Record<string, Wording>;

export type RuleId = keyof typeof RULES;

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
  if (fieldName === 'date' || fieldName === 'mouDate') return { message: { id: 'Tanggal harus ditulis YYYY-MM-DD, mis. 2024-07-05.', en: 'Dates are written YYYY-MM-DD, e.g. 2024-07-05.' } };
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
      const value = showHiddenCharacters(String(received));
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
      const value = showHiddenCharacters(String(received));
      return formatHints(fieldName) ?? { message: { id: `Format "${value}" tidak sesuai.`, en: `"${value}" is not in the expected format.` } };
    }
    case 'unrecognized_keys': {
      const [key = ''] = issue.keys;
      const suggestion = closestMatch(INDONESIAN_FIELD_NAMES[key] ?? key, knownFields);
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
