import { translator, type Lang } from '../../i18n/index.ts';
import { DEMO_DATASETS, LICENCE } from '../exports/data-files.ts';
import { DATASET_SCHEMA_NAMES, SCHEMA_NAMES, type DatasetSchemaName, type SchemaName } from '../exports/json-schema.ts';
import { REGISTER_SOURCE } from '../exports/register.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { dataFilePath, dataPagePath, demoDataFolder, demoDataPath, regionDataPath, schemaPath, type DataFormat, type NationalDataFile } from '../routes.ts';

/**
 * Everything the open-data page (`/data/`) lists: the national downloads, the demonstration files,
 * one JSON file per region and the JSON Schemas, each with its address and the name a reader sees,
 * and the page's texts. File names in the texts come from the files' addresses (src/lib/routes.ts),
 * so the page never names a file that is not there.
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
}

export interface DataLink {
  /** Language-neutral path of the file (downloads have no English twin). */
  readonly path: string;
  readonly name: string;
}

export interface Download extends DataLink {
  readonly description: string;
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
  /** The national files, CSV then JSON of each. */
  readonly downloads: readonly Download[];
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

export function dataPage(model: Pick<SiteModel, 'regions'>, lang: Lang, pageUrl: string): DataPage {
  const t = translator(lang);
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
    pageUrl,
  };
  const download = (file: NationalDataFile, format: DataFormat, description: string): Download => {
    const path = dataFilePath(file, format);
    return { path, name: fileName(path), description };
  };
  const schemaLabels: Readonly<Record<SchemaName | DatasetSchemaName, string>> = {
    region: t('data.schemaLabels.region'),
    'dimension-page': t('data.schemaLabels.dimensionPage'),
    programme: t('data.schemaLabels.programme'),
    register: t('data.schemaLabels.register', facts),
    cohorts: t('data.schemaLabels.cohorts', facts),
  };
  return {
    facts,
    downloads: [
      download('program', 'csv', t('data.files.programmesCsv')),
      download('program', 'json', t('data.files.programmesJson')),
      download('evaluasi', 'csv', t('data.files.evaluationsCsv')),
      download('evaluasi', 'json', t('data.files.evaluationsJson')),
      download('wilayah', 'csv', t('data.files.registerCsv')),
      download('wilayah', 'json', t('data.files.registerJson')),
      download('kohort', 'csv', t('data.files.cohortsCsv')),
      download('kohort', 'json', t('data.files.cohortsJson')),
    ],
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
