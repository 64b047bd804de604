import { formatDate, formatFileSize, formatNumber } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import { DEMO_DATASETS, LICENCE, type PageUrl } from '../exports/data-files.ts';
import { DATASET_SCHEMA_NAMES, SCHEMA_NAMES, type DatasetSchemaName, type SchemaName } from '../exports/json-schema.ts';
import { nationalFile, type NationalFileModel } from '../exports/national-files.ts';
import { REGISTER_SOURCE } from '../exports/register.ts';
import type { DataVersion } from '../history/log.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { dataFilePath, dataPagePath, demoDataFolder, demoDataPath, regionDataPath, schemaPath, type DataFormat, type NationalDataFile } from '../routes.ts';

/**
 * Everything the open-data page (`/data/`) lists: the national downloads with their rows, sizes,
 * data version and licence, the demonstration files, one JSON file per region and the JSON
 * Schemas, each with its address and the name a reader sees, and the page's texts. File names in
 * the texts come from the files' addresses (src/lib/routes.ts), so the page never names a file
 * that is not there; rows and sizes come from the text the endpoints serve (exports/national-files.ts).
 */

/** A national download in both formats, by the name a reader sees: `program.csv`, `program.json`. */
export interface DataFileNames {
  readonly csv: string;
  readonly json: string;
  /** The name without its format, e.g. `program`, as the texts list the national files. */
  readonly stem: string;
}

/** What the page's texts say about the files: their names, the licences and the register's source. */
export interface DataFacts {
  readonly programmes: DataFileNames;
  readonly evaluations: DataFileNames;
  readonly register: DataFileNames;
  readonly cohorts: DataFileNames;
  /** The address of a region's JSON file with a placeholder for its slug: `/data/daerah/<region_slug>.json`. */
  readonly regionFile: string;
  /** The folder of the demonstration files, e.g. `/data/demo/`. */
  readonly demoFolder: string;
  readonly licence: { readonly name: string; readonly short: string };
  readonly registerSource: { readonly legalBasis: string; readonly file: string; readonly commit: string };
  readonly siteName: string;
  /** The data page's full address, for the suggested citation. */
  readonly pageUrl: string;
  /** The data version as the page shows it, for the suggested citation. */
  readonly version: string;
}

export interface DataLink {
  /** Language-neutral path of the file (downloads have no English twin). */
  readonly path: string;
  readonly name: string;
}

/** One format of a national download, with its size as served. */
export interface Download extends DataLink {
  readonly format: DataFormat;
  /** "Spreadsheet (CSV)" or "JSON". */
  readonly label: string;
  /** Size in bytes of the file as served (UTF-8). */
  readonly bytes: number;
  /** `bytes` as people read it: "48 KB". */
  readonly size: string;
  /** Technical notes on this format of the file, for the technical details. */
  readonly technical: string;
}

/** A national download as a journalist meets it: what it holds, how much, as of when, under which licence. */
export interface Dataset {
  readonly file: NationalDataFile;
  readonly title: string;
  /** What the file holds, in one plain sentence. */
  readonly description: string;
  /** Data rows of the CSV, records of the JSON. */
  readonly rows: number;
  /** "1.234 baris, satu per program". */
  readonly rowsText: string;
  readonly licence: string;
  /** CSV first: the spreadsheet is what most readers want. */
  readonly formats: readonly [Download, Download];
}

/** The version of the data this build publishes, and how to get the files of any version again. */
export interface VersionInfo {
  /** Undefined when the build had no git history: the page says the version is unknown. */
  readonly version: DataVersion | undefined;
  /** "30 November 2025 (a1b2c3d)", or the sentence saying it is unknown. */
  readonly label: string;
  /** How to rebuild the files of a cited version. */
  readonly reproduce: string;
}

export interface RegionFile extends DataLink {
  readonly region: RegionModel;
}

export interface SchemaFile extends DataLink {
  readonly label: string;
}

export interface Question {
  readonly question: string;
  readonly answer: string;
}

/** A data dictionary section: one download's columns (the columns themselves come from src/lib/exports/). */
export interface DictionaryTexts {
  readonly heading: string;
  readonly text: string;
  readonly caption: string;
}

export interface DataPage {
  readonly facts: DataFacts;
  /** The spreadsheet of all programmes: the page's first link. */
  readonly primary: { readonly download: Download; readonly summary: string };
  /** The national files, each in CSV then JSON. */
  readonly datasets: readonly Dataset[];
  readonly version: VersionInfo;
  /** The fictional showcase's files, named by their place under the data page: `demo/program.csv`. */
  readonly demoFiles: readonly DataLink[];
  /** Every region's file, the fictional showcase included (marked by the page). */
  readonly regionFiles: readonly RegionFile[];
  readonly schemas: readonly SchemaFile[];
  readonly questionsText: string;
  readonly questions: readonly Question[];
  readonly schemasText: string;
  readonly dictionaries: {
    readonly programmes: DictionaryTexts;
    readonly evaluations: DictionaryTexts;
    readonly register: DictionaryTexts;
    readonly cohorts: DictionaryTexts;
  };
  readonly registerSourceText: string;
  readonly fictionalText: string;
  readonly licenceText: string;
  readonly licenceRegister: string;
  readonly citation: string;
}

/** The last segment of a path: what a download is saved as. */
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function namesOf(file: NationalDataFile): DataFileNames {
  const name = (format: DataFormat) => fileName(dataFilePath(file, format));
  return { csv: name('csv'), json: name('json'), stem: name('csv').replace(/\.csv$/, '') };
}

export type DataPageModel = Pick<SiteModel, 'regions' | 'version'> & NationalFileModel;

/** The national files in the order the page lists them. */
const NATIONAL_FILES = ['program', 'evaluasi', 'wilayah', 'kohort'] as const satisfies readonly NationalDataFile[];

/**
 * The data page in `lang`. `pageUrl` makes absolute addresses exactly as the endpoints do
 * (src/pages/data/_site.ts), so the files measured here are byte for byte the files served.
 */
export function dataPage(model: DataPageModel, lang: Lang, pageUrl: PageUrl): DataPage {
  const t = translator(lang);
  const { version } = model;
  const versionLabel = version ? t('data.version.label', formatDate(version.day, lang), version.shortHash) : t('data.version.unknown');
  const facts: DataFacts = {
    programmes: namesOf('program'),
    evaluations: namesOf('evaluasi'),
    register: namesOf('wilayah'),
    cohorts: namesOf('kohort'),
    regionFile: regionDataPath('<region_slug>'),
    demoFolder: demoDataFolder(),
    licence: { name: LICENCE.name, short: LICENCE.short },
    registerSource: { legalBasis: REGISTER_SOURCE.legal_basis, file: REGISTER_SOURCE.file, commit: REGISTER_SOURCE.commit },
    siteName: t('common.siteName'),
    pageUrl: pageUrl(dataPagePath()),
    version: versionLabel,
  };
  const dataset = (file: NationalDataFile): Dataset => {
    // The rows of a file are the same records in either format: the CSV's count is the file's.
    const measure = (format: DataFormat): readonly [Download, number] => {
      const path = dataFilePath(file, format);
      const served = nationalFile(model, file, format, pageUrl);
      const bytes = new TextEncoder().encode(served.body).byteLength;
      const download = { path, name: fileName(path), format, label: t(`data.formatLabel.${format}`), bytes, size: formatFileSize(bytes, lang), technical: t(`data.files.${file}.${format}`) };
      return [download, served.rows];
    };
    const [csv, rows] = measure('csv');
    const [json] = measure('json');
    return {
      file,
      title: t(`data.files.${file}.title`),
      description: t(`data.files.${file}.description`),
      rows,
      rowsText: t(`data.files.${file}.rows`, formatNumber(rows, lang)),
      licence: file === 'wilayah' ? t('data.registerLicence', facts) : LICENCE.short,
      formats: [csv, json],
    };
  };
  const datasets = NATIONAL_FILES.map(dataset);
  const programmes = datasets[0]!;
  const schemaLabels: Readonly<Record<SchemaName | DatasetSchemaName, string>> = {
    region: t('data.schemaLabels.region'),
    'dimension-page': t('data.schemaLabels.dimensionPage'),
    programme: t('data.schemaLabels.programme'),
    register: t('data.schemaLabels.register', facts),
    cohorts: t('data.schemaLabels.cohorts', facts),
  };
  return {
    facts,
    primary: {
      download: programmes.formats[0],
      summary: t('data.primarySummary', programmes.rowsText, programmes.formats[0].size, versionLabel, LICENCE.short),
    },
    datasets,
    version: { version, label: versionLabel, reproduce: t('data.version.reproduce', version?.hash) },
    demoFiles: DEMO_DATASETS.flatMap((dataset) =>
      (['csv', 'json'] as const).map((format) => {
        const path = demoDataPath(dataset, format);
        return { path, name: path.slice(dataPagePath().length) };
      }),
    ),
    regionFiles: model.regions.map((region) => {
      const path = regionDataPath(region.slug);
      return { path, name: fileName(path), region };
    }),
    schemas: [...SCHEMA_NAMES, ...DATASET_SCHEMA_NAMES].map((name) => {
      const path = schemaPath(name);
      return { path, name: fileName(path), label: schemaLabels[name] };
    }),
    questionsText: t('data.questionsText', facts),
    questions: [
      { question: t('data.question.cohortYear.question'), answer: t('data.question.cohortYear.answer', facts) },
      { question: t('data.question.evaluationScores.question'), answer: t('data.question.evaluationScores.answer', facts) },
      { question: t('data.question.provincesWithout.question'), answer: t('data.question.provincesWithout.answer', facts) },
    ],
    schemasText: t('data.schemasText', facts),
    dictionaries: {
      programmes: { heading: t('data.dictionary.programmes.heading', facts), text: t('data.dictionary.programmes.text', facts), caption: t('data.dictionary.programmes.caption', facts) },
      evaluations: { heading: t('data.dictionary.evaluations.heading', facts), text: t('data.dictionary.evaluations.text', facts), caption: t('data.dictionary.evaluations.caption', facts) },
      register: { heading: t('data.dictionary.register.heading', facts), text: t('data.dictionary.register.text', facts), caption: t('data.dictionary.register.caption', facts) },
      cohorts: { heading: t('data.dictionary.cohorts.heading', facts), text: t('data.dictionary.cohorts.text', facts), caption: t('data.dictionary.cohorts.caption', facts) },
    },
    registerSourceText: t('data.registerSourceText', facts),
    fictionalText: t('data.fictionalText', facts),
    licenceText: t('data.licenceText', facts),
    licenceRegister: t('data.licenceRegister', facts),
    citation: t('data.citation', facts),
  };
}
