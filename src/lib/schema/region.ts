import { z } from 'astro/zod';
import {
  addRuleIssue,
  checkInferredFields,
  dateSchema,
  fieldHelp,
  inferredSchema,
  lineText,
  proseText,
  slugSchema,
  sourceListSchema,
  urlSchema,
  yearSchema,
  yearSpanSchema,
} from './common.ts';

/** Frontmatter of `content/<region>/index.md`: the region's profile and its masterplan. */

export const REGION_TYPES = ['kota', 'kabupaten'] as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;
export const BODY_KINDS = ['dewan', 'tim-pelaksana', 'forum'] as const;
export const LEGAL_KINDS = ['perda', 'perwal', 'perbup', 'belum'] as const;
export const MILESTONE_KINDS = ['bimtek', 'fgd', 'adopsi', 'review', 'evaluasi', 'sosialisasi', 'lainnya'] as const;

export type Horizon = (typeof HORIZONS)[number];

const horizonsSchema = z.strictObject({
  short: yearSpanSchema.meta(fieldHelp('Jangka pendek: tahun-tahun pertama, tempat quick win. Wajib.', 'Short term: the first years, where quick wins live. Required.')),
  medium: yearSpanSchema.meta(fieldHelp('Jangka menengah, mulai setahun setelah jangka pendek berakhir. Wajib.', 'Medium term, starting the year after the short term ends. Required.')),
  long: yearSpanSchema.meta(fieldHelp('Jangka panjang, berakhir di tahun akhir period. Wajib.', 'Long term, ending in the last year of period. Required.')),
});

const bodySchema = z.strictObject({
  kind: z
    .enum(BODY_KINDS)
    .meta(
      fieldHelp(
        'Lembaga yang mana: dewan (Dewan Smart City), tim-pelaksana (Tim Pelaksana) atau forum (Forum Smart City). Wajib.',
        'Which body: dewan (Smart City council), tim-pelaksana (implementation team) or forum (Smart City forum). Required.',
      ),
    ),
  name: lineText().optional().meta(fieldHelp('Nama lembaga seperti tertulis di SK-nya, bila berbeda dari nama yang biasa.', 'Name as written in its decree, if it differs from the usual one.')),
  chair: lineText()
    .optional()
    .meta(
      fieldHelp(
        'Jabatan ketua, mis. "Wali Kota" atau "Kepala Bappeda Litbang" (jabatan, bukan nama orang).',
        'Role of the chair, e.g. "Wali Kota" or "Kepala Bappeda Litbang" (a role, not a person).',
      ),
    ),
  /** At most 50, all listed in the body's diagram and beside it (real bodies have up to a dozen). */
  members: z
    .array(lineText())
    .max(50)
    .default([])
    .meta(fieldHelp('Instansi atau kelompok asal anggotanya, satu per butir.', 'Institutions or groups its members come from, one per item.')),
  decree: lineText().optional().meta(fieldHelp('SK pembentukannya, mis. "SK Wali Kota No. 188.45/2019".', 'Decree (SK) that set it up, e.g. "SK Wali Kota No. 188.45/2019".')),
});

const documentSchema = z.strictObject({
  book: lineText().optional().meta(fieldHelp('Label buku, mis. "Buku I", "Buku II", "Buku III", "Quick Wins".', 'Book label, e.g. "Buku I", "Buku II", "Buku III", "Quick Wins".')),
  title: lineText().meta(fieldHelp('Judul lengkap dokumen. Wajib.', 'Full title of the document. Required.')),
  year: yearSchema.optional().meta(fieldHelp('Tahun terbit.', 'Year of publication.')),
  url: urlSchema.optional().meta(fieldHelp('Alamat unduhan dokumen (https://…).', 'Where the document can be downloaded (https://…).')),
});

const legalBasisSchema = z
  .strictObject({
    kind: z
      .enum(LEGAL_KINDS)
      .meta(fieldHelp('Jenis peraturan: perda, perwal, perbup, atau belum (belum disahkan). Wajib.', 'Kind of regulation: perda, perwal, perbup, or belum (not legalised yet). Required.')),
    number: z
      .union([lineText(), z.number().int().positive()])
      .transform(String)
      .optional()
      .meta(fieldHelp('Nomor peraturan, mis. 12 atau "188.45/12"; kosongkan bila kind: belum.', 'Regulation number, e.g. 12 or "188.45/12"; leave it out for kind: belum.')),
    year: yearSchema
      .optional()
      .meta(
        fieldHelp(
          'Tahun peraturan terbit; wajib untuk perda, perwal dan perbup, kosongkan bila kind: belum.',
          'Year the regulation was issued; required for perda, perwal and perbup, left out for kind: belum.',
        ),
      ),
    /** At most 500 characters: room for the longest regulation title or a two-sentence note. */
    title: proseText(500)
      .optional()
      .meta(fieldHelp('Judul peraturan, atau catatan tentang rencana pengesahannya.', 'Title of the regulation, or a note on plans to legalise it.')),
  })
  .superRefine((legal, ctx) => {
    if (legal.kind === 'perwal' || legal.kind === 'perbup' || legal.kind === 'perda') {
      if (legal.year === undefined) addRuleIssue(ctx, ['year'], 'legal-year-required', { kind: legal.kind });
    } else if (legal.number !== undefined || legal.year !== undefined) {
      addRuleIssue(ctx, ['kind'], 'legal-not-yet-with-number');
    }
  });

const milestoneSchema = z.strictObject({
  date: dateSchema.meta(
    fieldHelp('Tanggal peristiwa: YYYY-MM-DD, atau YYYY-MM bila hanya bulannya yang diketahui. Wajib.', 'Date of the event: YYYY-MM-DD, or YYYY-MM when only the month is known. Required.'),
  ),
  endDate: dateSchema
    .optional()
    .meta(fieldHelp('Hari terakhir, untuk acara beberapa hari (mis. bimtek dua hari).', 'Last day, for events that run over several days (e.g. a two-day bimtek).')),
  planned: z
    .boolean()
    .default(false)
    .meta(
      fieldHelp(
        'true bila sumber baru mengumumkan rencananya, bukan melaporkan bahwa acaranya sudah terjadi.',
        'true when the source announced the event as planned rather than reporting it as held.',
      ),
    ),
  kind: z
    .enum(MILESTONE_KINDS)
    .meta(
      fieldHelp('Jenis: bimtek, fgd, adopsi, review, evaluasi, sosialisasi atau lainnya. Wajib.', 'Kind: bimtek, fgd, adopsi, review, evaluasi, sosialisasi or lainnya (other). Required.'),
    ),
  title: lineText().meta(fieldHelp('Apa yang terjadi, dalam satu baris. Wajib.', 'What happened, in one line. Required.')),
  place: lineText().optional().meta(fieldHelp('Tempat acara.', 'Where it happened.')),
  source: z
    .number()
    .int()
    .positive()
    .optional()
    .meta(fieldHelp('Nomor urut sumber di sources yang melaporkannya, mulai dari 1.', 'Number (1-based) of the entry in sources that reports it.')),
});

/**
 * One published result of an evaluation of the region's Smart City programme, e.g. the ministry's
 * yearly "Evaluasi Implementasi Program Smart City" or an award. Only what the source states.
 */
const evaluationSchema = z.strictObject({
  year: yearSchema.meta(
    fieldHelp('Tahun evaluasi: tahun yang dinilai atau diumumkan, seperti kata sumber. Wajib.', 'Year of the evaluation: the year evaluated or announced, as the source states it. Required.'),
  ),
  stage: lineText().optional().meta(fieldHelp('Tahap, mis. "Tahap II"; kosongkan bila sumber tidak menyebut tahap.', 'Stage, e.g. "Tahap II"; leave it out when the source names none.')),
  score: z
    .number()
    .nonnegative()
    .optional()
    .meta(fieldHelp('Nilai, berupa angka; desimal ditulis dengan titik, mis. 3.71.', 'Score, as a number; write the decimal with a dot, e.g. 3.71.')),
  predicate: lineText().optional().meta(fieldHelp('Predikat, kategori nilainya, mis. "Baik" atau "terencana".', 'Predicate, the category the score falls in, e.g. "Baik" or "terencana".')),
  award: lineText().optional().meta(fieldHelp('Penghargaan, mis. "Kabupaten terbaik dimensi Smart Living".', 'Award, e.g. "Kabupaten terbaik dimensi Smart Living".')),
  evaluator: lineText().optional().meta(fieldHelp('Penilai atau pemberi penghargaan, mis. "Kementerian Kominfo".', 'Who evaluated or gave the award, e.g. "Kementerian Kominfo".')),
  source: z
    .number()
    .int()
    .positive()
    .meta(fieldHelp('Nomor urut sumber di sources yang melaporkan hasil ini, mulai dari 1. Wajib.', 'Number (1-based) of the entry in sources that reports the result. Required.')),
  note: proseText(1000)
    .optional()
    .meta(fieldHelp('Keterangan lain dari sumber, mis. peringkat ("peringkat 3 dari 141").', 'Anything else the source says, e.g. the rank ("peringkat 3 dari 141").')),
});

export type Evaluation = z.infer<typeof evaluationSchema>;

const rpjmdSchema = z.strictObject({
  period: yearSpanSchema.meta(fieldHelp('Periode RPJMD yang diselaraskan dengan masterplan. Wajib.', 'RPJMD period the masterplan is aligned with. Required.')),
  /** At most 2,000 characters: a paragraph. */
  note: proseText(2000)
    .optional()
    .meta(fieldHelp('Bagaimana masterplan mengikuti RPJMD, dengan kata-kata sederhana.', 'How the masterplan follows the RPJMD, in plain words.')),
});

const editionSchema = z.strictObject({
  period: yearSpanSchema.meta(fieldHelp('Tahun yang dicakup edisi itu. Wajib.', 'Years the earlier edition covered. Required.')),
  title: lineText().optional().meta(fieldHelp('Judul atau keterangan singkat edisi itu.', 'Title or short description of that edition.')),
});

export const regionSchema = z
  .strictObject({
    fictional: z
      .boolean()
      .default(false)
      .meta(
        fieldHelp(
          'true untuk data contoh: setiap halaman daerah ini ditandai fiktif. Bawaannya false.',
          'true for demonstration content: every page of the region then says it is fictional. Defaults to false.',
        ),
      ),
    slug: slugSchema.meta(
      fieldHelp(
        'Alamat halaman: sama dengan nama folder, diawali kota- atau kabupaten- sesuai type, mis. kota-balikpapan. Wajib.',
        'URL slug: equals the folder name and starts with kota- or kabupaten- to match type, e.g. kota-balikpapan. Required.',
      ),
    ),
    name: lineText().meta(fieldHelp('Nama resmi daerah beserta jenisnya, mis. "Kota Balikpapan". Wajib.', 'Official name of the region including its type, e.g. "Kota Balikpapan". Required.')),
    type: z.enum(REGION_TYPES).meta(fieldHelp('Jenis daerah: kota atau kabupaten. Wajib.', 'Kind of region: kota (city) or kabupaten (regency). Required.')),
    province: lineText().meta(fieldHelp('Provinsi, mis. "Kalimantan Timur". Wajib.', 'Province, e.g. "Kalimantan Timur". Required.')),
    // Optional in the schema so that a fictional region needs none; the cross-check
    // (src/lib/content/register-check.ts) requires it of a real region and compares it with the register.
    code: z
      .string()
      .regex(/^\d{2}\.\d{2}$/)
      .optional()
      .meta(
        fieldHelp(
          'Kode wilayah Kemendagri NN.NN dalam tanda kutip, mis. "64.71". Wajib untuk daerah nyata: slug, name, type dan province harus sama dengan daftar di data/wilayah/ untuk kode itu.',
          'Kemendagri region code NN.NN, quoted, e.g. "64.71". Required for a real region, whose slug, name, type and province must equal the register in data/wilayah/ for that code.',
        ),
      ),
    // data/kohort.yaml is the one place for a real region's cohort, with its sources; the cross-check refuses it here.
    cohort: yearSchema
      .optional()
      .meta(
        fieldHelp(
          'Hanya untuk daerah fiktif: tahun bergabung dengan Gerakan Menuju Smart City. Kohort daerah nyata dicatat di data/kohort.yaml beserta sumbernya.',
          "Fictional regions only: year the region joined Gerakan Menuju Smart City. A real region's cohort is recorded in data/kohort.yaml with its sources.",
        ),
      ),
    period: yearSpanSchema
      .optional()
      .meta(fieldHelp('Tahun yang dicakup masterplan yang berlaku: start (awal) dan end (akhir).', 'Years the current masterplan covers: start and end.')),
    /** At most 10, since an edition covers five years or more. */
    editions: z
      .array(editionSchema)
      .max(10)
      .default([])
      .meta(fieldHelp('Edisi masterplan sebelumnya, masing-masing dengan period dan title.', 'Earlier editions of the masterplan, each with its period and title.')),
    /** At most 2,000 characters, a paragraph (real ones are a sentence). */
    vision: proseText(2000).optional().meta(fieldHelp('Visi Smart City daerah.', "The region's Smart City vision.")),
    /**
     * At most 20, each at most 500 characters (two or three sentences). The region page lists them
     * all; real masterplans have three to seven.
     */
    missions: z
      .array(proseText(500))
      .max(20)
      .default([])
      .meta(fieldHelp('Misi yang menjalankan visi, satu per butir.', 'Missions that carry out the vision, one per item.')),
    horizons: horizonsSchema
      .optional()
      .meta(
        fieldHelp(
          'Jangka peta jalan: short, medium dan long, masing-masing dengan start dan end; bersama-sama menutup period tanpa celah atau tumpang tindih.',
          'Roadmap horizons: short, medium and long, each with start and end; together they cover period exactly, with no gap or overlap.',
        ),
      ),
    /** At most 10, all drawn in one diagram. */
    bodies: z
      .array(bodySchema)
      .max(10)
      .default([])
      .meta(fieldHelp('Lembaga Smart City: Dewan Smart City, Tim Pelaksana dan Forum Smart City.', 'Smart City bodies: the council, the implementation team and the forum.')),
    /** At most 20, all listed on the region page (real regions have up to five). */
    documents: z.array(documentSchema).max(20).default([]).meta(fieldHelp('Buku masterplan dan dokumen lain.', 'Masterplan books and other documents.')),
    legalBasis: legalBasisSchema
      .optional()
      .meta(
        fieldHelp(
          'Peraturan yang mengesahkan masterplan (perda, perwal atau perbup), atau kind: belum bila belum disahkan.',
          'Regulation that legalises the masterplan (perda, perwal or perbup), or kind: belum when there is none yet.',
        ),
      ),
    rpjmd: rpjmdSchema
      .optional()
      .meta(
        fieldHelp(
          'Keselarasan dengan RPJMD (rencana pembangunan jangka menengah daerah).',
          'Alignment with the regional medium-term development plan (RPJMD).',
        ),
      ),
    /**
     * At most 100: the region page lists and draws them all on one timeline, and a decade of work
     * has a few dozen at most.
     */
    milestones: z
      .array(milestoneSchema)
      .max(100)
      .default([])
      .meta(
        fieldHelp(
          'Peristiwa bertanggal, dari yang paling lama: bimtek, FGD, adopsi, review, evaluasi, sosialisasi.',
          'Dated events, oldest first: bimtek, FGD, adoption, review, evaluation, outreach.',
        ),
      ),
    /**
     * At most 50: the region page lists them all, and a decade of yearly evaluations with a few
     * awards stays well below.
     */
    evaluations: z
      .array(evaluationSchema)
      .max(50)
      .default([])
      .meta(fieldHelp('Hasil evaluasi dan penghargaan yang diterbitkan, masing-masing dengan sumbernya.', 'Published evaluation results and awards, each with its source.')),
    inferred: inferredSchema.meta(
      fieldHelp(
        'Kolom yang isinya tafsiran penyunting, bukan kata-kata sumber, mis. horizons bila pembagian jangkanya Anda simpulkan dari tahun-tahunnya. Halaman menandainya "(tafsiran penyunting)".',
        'Fields whose value is the editor’s reading rather than the sources’ words, e.g. horizons worked out from the years. Pages mark them "(tafsiran penyunting)".',
      ),
    ),
    sources: sourceListSchema.meta(
      fieldHelp(
        'Dari mana fakta di halaman daerah ini berasal: berita, buku masterplan, SK. Wajib untuk daerah nyata; jangan pernah mengarang sumber.',
        'Where the facts on this region’s pages come from: articles, masterplan books, decrees. Required for a real region; never invent one.',
      ),
    ),
  })
  .superRefine((region, ctx) => {
    const expectedPrefix = `${region.type}-`;
    if (!region.slug.startsWith(expectedPrefix)) {
      addRuleIssue(ctx, ['slug'], 'slug-type-prefix', { slug: region.slug, prefix: expectedPrefix });
    }
    // The name becomes a URL segment (/dimensi/<dimension>/<province>/): one without a letter or digit
    // would slug to nothing and collide with the dimension's own page.
    if (!/[A-Za-z0-9]/.test(region.province.normalize('NFKD'))) addRuleIssue(ctx, ['province'], 'province-without-letters', { province: region.province });
    if (!region.fictional && region.sources.length === 0) addRuleIssue(ctx, ['sources'], 'real-region-needs-source');
    region.milestones.forEach((milestone, index) => {
      if (milestone.endDate !== undefined && milestone.endDate < milestone.date) {
        addRuleIssue(ctx, ['milestones', index, 'endDate'], 'end-date-before-date', { date: milestone.date, endDate: milestone.endDate });
      }
      if (milestone.source !== undefined && milestone.source > region.sources.length) {
        addRuleIssue(ctx, ['milestones', index, 'source'], 'source-number-missing', {
          source: milestone.source,
          count: region.sources.length,
        });
      }
    });
    region.evaluations.forEach((evaluation, index) => {
      if (evaluation.source > region.sources.length) {
        addRuleIssue(ctx, ['evaluations', index, 'source'], 'source-number-missing', { source: evaluation.source, count: region.sources.length });
      }
      if (evaluation.score === undefined && evaluation.predicate === undefined && evaluation.award === undefined && evaluation.note === undefined) {
        addRuleIssue(ctx, ['evaluations', index], 'evaluation-without-result');
      }
    });
    checkInferredFields(region.inferred, REGION_FIELDS, ctx);
    if (region.horizons) {
      if (!region.period) {
        addRuleIssue(ctx, ['horizons'], 'horizons-need-period');
      } else {
        checkHorizonsTilePeriod(region.horizons, region.period, ctx);
      }
    }
  });

/** Short, medium and long horizons must follow each other and cover the masterplan period exactly. */
function checkHorizonsTilePeriod(
  horizons: z.infer<typeof horizonsSchema>,
  period: { start: number; end: number },
  ctx: z.RefinementCtx,
): void {
  if (horizons.short.start !== period.start) {
    addRuleIssue(ctx, ['horizons', 'short', 'start'], 'horizon-start-period', { year: horizons.short.start, start: period.start });
  }
  const pairs = [
    ['short', 'medium'],
    ['medium', 'long'],
  ] as const;
  for (const [earlier, later] of pairs) {
    const expected = horizons[earlier].end + 1;
    const actual = horizons[later].start;
    if (actual > expected) {
      addRuleIssue(ctx, ['horizons', later, 'start'], 'horizon-gap', { earlier, later, from: expected, to: actual - 1 });
    } else if (actual < expected) {
      addRuleIssue(ctx, ['horizons', later, 'start'], 'horizon-overlap', { earlier, later, year: actual });
    }
  }
  if (horizons.long.end !== period.end) {
    addRuleIssue(ctx, ['horizons', 'long', 'end'], 'horizon-end-period', { year: horizons.long.end, end: period.end });
  }
}

/** The fields `inferred` may name: every top-level field but `inferred` itself. */
const REGION_FIELDS: readonly string[] = Object.keys(regionSchema.shape).filter((field) => field !== 'inferred');

export type Region = z.infer<typeof regionSchema>;
