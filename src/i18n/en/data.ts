import type { DataFacts } from '../../lib/page-data/data.ts';
import { counted } from '../format.ts';
import type { Translation } from '../translate.ts';
import type data from '../id/data.ts';

export default {
  intro:
    'Everything on this portal can be downloaded as open data, generated from the same content as its pages every time the portal is published. You may reuse, process and republish it as long as you credit the source.',
  downloads: 'Downloads',
  primary: 'Download the spreadsheet',
  primaryText: 'Every Smart City programme of every real region, one row per programme, to open in Excel, LibreOffice or Google Sheets.',
  primarySummary: (rows: string, size: string, version: string, licence: string) => `${rows} · ${size} · data version ${version} · licence ${licence}`,
  downloadsIntro: 'Every file comes as a spreadsheet (CSV) and as JSON for computer programs. Both hold the same data.',
  rowsLabel: 'Rows',
  sizeLabel: 'Size',
  versionLabel: 'Data version',
  licenceLabel: 'Licence',
  formatLabel: { csv: 'Spreadsheet (CSV)', json: 'JSON' },
  files: {
    program: {
      title: 'Programmes',
      description: 'Every programme of every real region: name, region, dimension, status, years, budget where known, and its sources.',
      rows: (n: string) => `${n} rows, one per programme`,
      csv: 'One row per programme. Opens in spreadsheet programs.',
      json: 'The same programmes with the same fields, as JSON: lists and records are arrays and objects, unknown values are null. The generated block names the portal, the licence and the schemas.',
    },
    evaluasi: {
      title: 'Evaluation results and awards',
      description: 'Every Smart City evaluation score or award ever published for a real region, each with its source.',
      rows: (n: string) => `${n} rows, one per result`,
      csv: 'One row per result, each with its source (title, outlet, date, web address).',
      json: 'The same evaluation results with the same fields, as JSON.',
    },
    wilayah: {
      title: 'Register of regions',
      description: 'Every province and kabupaten/kota of Indonesia, with its official Kemendagri code and how far this portal records its masterplan.',
      rows: (n: string) => `${n} rows, one per province or kabupaten/kota`,
      csv: 'One row per region: Kemendagri code, official name, type, province and status on this portal (not on record, participant, masterplan facts, programmes).',
      json: 'The same register as JSON. The generated block names the source of the codes and names and carries its MIT licence notice.',
    },
    kohort: {
      title: 'Cohorts of Gerakan Menuju Smart City',
      description: 'The cohort year of each participating region of Gerakan Menuju Smart City, as published sources state it; where sources disagree, every version is recorded.',
      rows: (n: string) => `${n} rows, one per claim "region X joined the cohort of year Y"`,
      csv: 'One row per claim, with the MoU date where a source states it and its sources (title, outlet, web address) in every row. Where sources disagree, each version is a row of its own.',
      json: 'The same claims as JSON; each claim’s sources are a list of objects.',
    },
  },
  registerLicence: (f: DataFacts) => `${f.licence.short}; region codes and names MIT`,
  version: {
    heading: 'Data versions',
    label: (day: string, id: string) => `${day} (${id})`,
    unknown: 'unknown (this portal was built without its change history)',
    intro:
      'Every time the portal’s content changes, its data gets a new version: the date of the change and that change’s short code. Name this version when you cite a figure from the files above. Every version below has a permanent link (its short code) that you can put in a citation.',
    current: 'Current data version:',
    currentMark: 'current version',
    list: 'Data versions, newest first',
    older: (n: number) => counted(n, 'en', { one: 'older version', other: 'older versions' }),
    repositoryAt: (id: string) => `See the data of version ${id} in the repository`,
    unavailable: 'The version history is not available in this copy of the portal.',
    shallow: 'This copy of the portal holds only part of its history: older versions are not listed.',
    change: {
      region: {
        added: (n: number, places: string) => `${counted(n, 'en', { one: 'region', other: 'regions' })} added: ${places}`,
        changed: (n: number, places: string) => `${n === 1 ? 'region profile' : 'region profiles'} changed: ${places}`,
        removed: (n: number, places: string) => `${counted(n, 'en', { one: 'region', other: 'regions' })} removed: ${places}`,
      },
      dimensionPage: {
        added: (n: number, places: string) => `${counted(n, 'en', { one: 'dimension page', other: 'dimension pages' })} added in ${places}`,
        changed: (n: number, places: string) => `${counted(n, 'en', { one: 'dimension page', other: 'dimension pages' })} changed in ${places}`,
        removed: (n: number, places: string) => `${counted(n, 'en', { one: 'dimension page', other: 'dimension pages' })} removed in ${places}`,
      },
      programme: {
        added: (n: number, places: string) => `${counted(n, 'en', { one: 'programme', other: 'programmes' })} added in ${places}`,
        changed: (n: number, places: string) => `${counted(n, 'en', { one: 'programme', other: 'programmes' })} changed in ${places}`,
        removed: (n: number, places: string) => `${counted(n, 'en', { one: 'programme', other: 'programmes' })} removed in ${places}`,
      },
      file: (n: number, places: string) => `${counted(n, 'en', { one: 'other file (e.g. an image)', other: 'other files (e.g. images)' })} changed in ${places}`,
      places: (names: readonly string[], more: number) => {
        const all = more > 0 ? [...names, `${more} more`] : names;
        return all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all.at(-1)}` : (all[0] ?? '');
      },
      nationalLists: 'register of regions or cohort list changed',
      none: 'no change readers can see (files only moved or tidied)',
      boundary: 'oldest version in this copy; what it changed from the version before is not known',
    },
    reproduce: (hash: string | undefined) =>
      `Each version is one state of the portal’s repository, which keeps the whole history of its content. To rebuild the files of any version, check the repository out at that version (git checkout ${hash ?? '<version code>'}), then run npm ci and npm run build: the files are in dist/data/.`,
    repository: 'The portal’s repository, with the history of every version:',
    noRepository: 'This portal’s repository address is not set; ask the portal’s editors (see the About page).',
  },
  technical: 'Technical details',
  technicalIntro: 'For those who read the files with code: encoding, format, schemas and the per-region files.',
  demo: 'Demonstration data (fictional)',
  demoText:
    'The national files above hold no fictional region. The demonstration region’s data is in files of their own with the same columns, to try your tools on without mixing it with real data:',
  regions: 'Masterplan per region (JSON)',
  regionsText:
    'One region’s whole masterplan as data: profile and bodies, dimension pages, and every programme with its funding, indicators, progress and sources. Every data part validates against the schemas below.',
  fictionalBadge: 'fictional',
  schemas: 'JSON Schemas',
  schemasText: (f: DataFacts) =>
    `JSON Schemas (draft 2020-12) of the region, dimension page and programme content files, generated from the schemas the portal’s content check uses. Rules across fields (e.g. the last year not before the first) are only checked by npm run check. The last two describe the downloads ${f.register.json} and ${f.cohorts.json}.`,
  schemaLabels: {
    region: 'Region',
    dimensionPage: 'Dimension page',
    programme: 'Programme',
    register: (f: DataFacts) => `The ${f.register.json} download`,
    cohorts: (f: DataFacts) => `The ${f.cohorts.json} download`,
  },
  questions: 'Questions these files answer',
  questionsText: (f: DataFacts) => `The files join on the region code: code in ${f.register.csv} is region_code in the other files.`,
  question: {
    cohortYear: {
      question: 'Which regions joined in 2018, and what do we know about their masterplans?',
      answer: (f: DataFacts) =>
        `In ${f.cohorts.csv}, filter year = 2018; the sources are in the sources column, and sources_disagree = true means another source gives that region another year (that row is there too). Join region_code with code in ${f.register.csv}: status tells how far the record goes (participant: membership only; facts: masterplan facts published; programmes: programmes published). For facts and programmes, ${f.regionFile} has the period, legal basis, bodies, milestones and their sources, and ${f.programmes.csv} (filter region_code) has the programmes.`,
    },
    evaluationScores: {
      question: 'Which regions have published evaluation scores, and what are they?',
      answer: (f: DataFacts) =>
        `In ${f.evaluations.csv}, keep the rows whose score is filled in: each gives the region, year, stage, score, rating, evaluator and source (source_title, source_url). Scales can differ between evaluations; compare only scores of the same evaluation, year and stage. Rows without a score are awards or ratings only.`,
    },
    provincesWithout: {
      question: 'Which provinces have no participating region?',
      answer: (f: DataFacts) =>
        `In ${f.register.csv}, filter type = provinsi and status = none. A province row’s status is the furthest any of its kabupaten/kota reached, so none means no kabupaten/kota of that province is on record as taking part.`,
    },
  },
  dictionary: {
    programmes: {
      heading: (f: DataFacts) => `Data dictionary of ${f.programmes.csv}`,
      text: (f: DataFacts) => `The same fields, with the same names, are in every programme of ${f.programmes.json}, except versi_data (see its meaning in the table).`,
      caption: (f: DataFacts) => `Columns of ${f.programmes.csv}, in file order`,
    },
    evaluations: {
      heading: (f: DataFacts) => `Data dictionary of ${f.evaluations.csv}`,
      text: (f: DataFacts) =>
        `The same fields, with the same names (except versi_data), are in every result of ${f.evaluations.json}. Every row carries its own source. The CSV is written like ${f.programmes.csv} (see how to read it above), its rows sorted by region_slug, then year.`,
      caption: (f: DataFacts) => `Columns of ${f.evaluations.csv}, in file order`,
    },
    register: {
      heading: (f: DataFacts) => `Data dictionary of ${f.register.csv}`,
      text: (f: DataFacts) => `The same fields, with the same names (except versi_data), are in every row of ${f.register.json}. The CSV is written like ${f.programmes.csv} (see how to read it above).`,
      caption: (f: DataFacts) => `Columns of ${f.register.csv}, in file order`,
    },
    cohorts: {
      heading: (f: DataFacts) => `Data dictionary of ${f.cohorts.csv}`,
      text: (f: DataFacts) =>
        `The same fields, with the same names (except versi_data), are in every claim of ${f.cohorts.json}. Every row carries its own sources. The portal’s editors compiled the claims from published cohort lists (data/kohort.yaml in the portal’s repository); disagreements between sources are not resolved.`,
      caption: (f: DataFacts) => `Columns of ${f.cohorts.csv}, in file order`,
    },
  },
  format: 'How to read the CSV',
  registerSource: 'Source and licence of the register',
  registerSourceText: (f: DataFacts) =>
    `The code, name, type and province of every region come from the ${f.registerSource.legalBasis}, as held in ${f.registerSource.file} of the cahyadsn/wilayah repository (commit ${f.registerSource.commit.slice(0, 7)}), which is MIT-licensed. The licence notice below goes with every copy of those columns (${f.register.json} carries it in generated.data_source). The portal’s own columns (slug, status, cohort_years, url) are licensed ${f.licence.short}.`,
  fictional: 'Fictional data',
  fictionalText: (f: DataFacts) =>
    `Rows and regions with fictional=true are made-up demonstration data that show the portal’s features (currently Kota Contoh), not real data. The national files (${[f.programmes, f.evaluations, f.register, f.cohorts].map((file) => file.stem).join(', ')}) hold none; such rows are only in the ${f.demoFolder} files and in that region’s own JSON file.`,
  licence: 'Licence',
  licenceText: (f: DataFacts) =>
    `The portal’s data is licensed ${f.licence.name}, unless a region’s content states another licence. You may copy, process and republish it for any purpose, as long as you credit the source.`,
  licenceRegister: (f: DataFacts) => `The region codes, names, types and provinces in ${f.register.csv} and ${f.register.json} are MIT-licensed:`,
  cite: 'How to cite',
  citeText:
    'Suggested citation (fill in the access date). When you use one region’s data, also credit the original sources listed for it (source_titles, or sources in the region JSON file).',
  citation: (f: DataFacts) => `${f.siteName}. Open data of Indonesia’s regional Smart City Masterplans. ${f.licence.short}. Data version ${f.version}. ${f.citationUrl} (accessed [date]).`,
} satisfies Translation<typeof data>;
