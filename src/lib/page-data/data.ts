import { formatDate, formatFileSize, formatNumber } from '../../i18n/format.ts';
import { translator, type Lang, type Translate } from '../../i18n/index.ts';
import { COHORT_FILE } from '../cohorts.ts';
import { CONTENT_DIR, locateEntry, type EntryKind } from '../content/layout.ts';
import type { Deployment } from '../deployment.ts';
import { DEMO_DATASETS, LICENCE, type PageUrl } from '../exports/data-files.ts';
import { DATASET_SCHEMA_NAMES, SCHEMA_NAMES, type DatasetSchemaName, type SchemaName } from '../exports/json-schema.ts';
import { nationalFile, type NationalFileModel } from '../exports/national-files.ts';
import { REGISTER_SOURCE } from '../exports/register.ts';
import { describeContentChange } from '../history/describe.ts';
import type { DataVersion, FileChange } from '../history/log.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { REGISTER_FILE } from '../register/register.ts';
import {
  dataFilePath,
  dataPagePath,
  dataVersionAnchor,
  dataVersionPath,
  demoDataFolder,
  demoDataPath,
  regionDataPath,
  schemaPath,
  type DataFormat,
  type NationalDataFile,
} from '../routes.ts';

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
  /** The data version as the page shows it, for the suggested citation. */
  readonly version: string;
  /** What the suggested citation links: the data version's entry on the data page, or the page when the version is unknown. */
  readonly citationUrl: string;
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

/** One data version in the data page's list: a dated release with a permalink a citation can give. */
export interface VersionEntry {
  readonly hash: string;
  readonly shortHash: string;
  /** The entry's id on the data page, `versi-a1b2c3d`. */
  readonly anchor: string;
  /** Language-neutral permalink of the entry, `/data/#versi-a1b2c3d`. */
  readonly path: string;
  /** `YYYY-MM-DD` (Jakarta), for `<time datetime>`. */
  readonly day: string;
  /** The day as the reader's language writes it. */
  readonly dayLabel: string;
  /** The version this build publishes. */
  readonly current: boolean;
  /** What changed in the data, in plain words: "3 program diubah di Kota Bontang; …". */
  readonly summary: string;
  /** When the version changed the fields of one page only: each change, as the page's change history says it. */
  readonly details: readonly string[];
  /** The repository's files at this version; undefined without a repository on a forge whose addresses are known. */
  readonly repository: { readonly url: string; readonly label: string } | undefined;
}

/** The version of the data this build publishes, every earlier version, and how to get the files of any version again. */
export interface VersionInfo {
  /** Undefined when the build had no git history: the page says the version is unknown. */
  readonly version: DataVersion | undefined;
  /** "30 November 2025 (a1b2c3d)", or the sentence saying it is unknown. */
  readonly label: string;
  /** Permalink of the current version's entry; undefined when the version is unknown. */
  readonly path: string | undefined;
  /** How to rebuild the files of a cited version. */
  readonly reproduce: string;
  /** The newest versions, newest first (at most RECENT_VERSIONS). */
  readonly recent: readonly VersionEntry[];
  /** The rest, newest first, for a folded list. */
  readonly older: readonly VersionEntry[];
  /** "12 versi yang lebih lama": the folded list's summary. */
  readonly olderLabel: string;
  /** Why the list is empty or short: no history, or a shallow copy; undefined when it is complete. */
  readonly note: string | undefined;
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
  /** The citation split around its link, so the page can link it. */
  readonly citationParts: { readonly before: string; readonly url: string; readonly after: string };
}

/** The last segment of a path: what a download is saved as. */
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function namesOf(file: NationalDataFile): DataFileNames {
  const name = (format: DataFormat) => fileName(dataFilePath(file, format));
  return { csv: name('csv'), json: name('json'), stem: name('csv').replace(/\.csv$/, '') };
}

export type DataPageModel = Pick<SiteModel, 'regions' | 'version' | 'history' | 'regionBySlug' | 'directory'> & NationalFileModel;

/** The national files in the order the page lists them. */
const NATIONAL_FILES = ['program', 'evaluasi', 'wilayah', 'kohort'] as const satisfies readonly NationalDataFile[];

/** The data page lists this many versions openly; older ones are folded, so the page stays short. */
export const RECENT_VERSIONS = 15;

/** A version's summary names this many regions per kind of change, then "and N more". */
const PLACES_NAMED = 3;

/**
 * The repository's files at one commit, on the forges whose address for that is known. Elsewhere
 * (a self-hosted forge of unknown kind) undefined: the page then links no version rather than a
 * guessed address that may lead nowhere.
 */
export function repositoryAt(repositoryUrl: string, hash: string): string | undefined {
  const { hostname } = new URL(repositoryUrl);
  if (hostname === 'github.com') return `${repositoryUrl}/tree/${hash}`;
  if (hostname === 'gitlab.com' || hostname.startsWith('gitlab.')) return `${repositoryUrl}/-/tree/${hash}`;
  if (hostname === 'codeberg.org') return `${repositoryUrl}/src/commit/${hash}`;
  if (hostname === 'bitbucket.org') return `${repositoryUrl}/src/${hash}/`;
  return undefined;
}

type ChangeAction = 'added' | 'changed' | 'removed';

/** One file's change that a reader can see, by what it is and which region it belongs to. */
interface VisibleChange {
  /** The kind of page the file makes, or another file of a region's folder (an image). */
  readonly subject: EntryKind | 'file';
  readonly action: ChangeAction;
  /** The region folder, e.g. `kota-bontang`. */
  readonly region: string;
  readonly change: FileChange;
}

const ACTIONS: Readonly<Record<FileChange['content']['kind'], ChangeAction | undefined>> = {
  created: 'added',
  deleted: 'removed',
  edited: 'changed',
  unreadable: 'changed',
  unknown: 'changed',
  none: undefined,
};

function visibleChange(change: FileChange): VisibleChange | undefined {
  const action = ACTIONS[change.content.kind];
  if (action === undefined || !change.path.startsWith(`${CONTENT_DIR}/`)) return undefined;
  const inContent = change.path.slice(CONTENT_DIR.length + 1);
  const location = locateEntry(inContent);
  if (location) return { subject: location.kind, action, region: location.region, change };
  const [region, ...rest] = inContent.split('/');
  // A file beside the region folders (a README for editors) is no region's data.
  return region && rest.length > 0 ? { subject: 'file', action: 'changed', region, change } : undefined;
}

/** The register's folder: its codes and names, with their licence and notes. */
const REGISTER_FOLDER = REGISTER_FILE.slice(0, REGISTER_FILE.lastIndexOf('/') + 1);

/** Whether a file of data/ is one of the national lists the page offers; data/'s own README is a note for editors. */
const isNationalList = (path: string): boolean => path === COHORT_FILE || path.startsWith(REGISTER_FOLDER);

const SUBJECTS = ['region', 'dimensionPage', 'programme', 'file'] as const satisfies readonly VisibleChange['subject'][];
const ACTION_ORDER = ['added', 'changed', 'removed'] as const satisfies readonly ChangeAction[];

/** A summary's parts as one sentence: first letter capitalised, full stop. */
const asSentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** A region's name as the page shows it, also for a region this build does not hold (a `REGION=` preview, a removed region). */
function regionNamer(model: DataPageModel, t: Translate): (slug: string) => string {
  const registered = new Map(model.directory.entries.flatMap(({ region, pageSlug }) => (pageSlug === undefined ? [] : [[pageSlug, region.name] as const])));
  return (slug) => {
    const region = model.regionBySlug(slug);
    if (!region) return registered.get(slug) ?? slug;
    return region.data.fictional ? `${region.data.name} (${t('data.fictionalBadge')})` : region.data.name;
  };
}

/**
 * What one version changed, in plain words: per kind of page and action, how many and in which
 * regions, from the content history's description of each file's change (never the commit's
 * message or the files' paths), then whether it changed the national lists (data/). A version
 * that changed one page's fields also lists those fields' changes as the page's own change
 * history words them.
 */
function versionSummary(changes: readonly FileChange[], lang: Lang, t: Translate, regionName: (slug: string) => string): Pick<VersionEntry, 'summary' | 'details'> {
  const sentence = (text: string) => ({ summary: asSentence(text), details: [] });
  if (changes.some((change) => change.boundary)) return sentence(t('data.version.change.boundary'));
  const visible = changes.flatMap((change) => visibleChange(change) ?? []);
  const listsChanged = changes.some((change) => isNationalList(change.path));
  if (visible.length === 0 && !listsChanged) return sentence(t('data.version.change.none'));
  const collator = new Intl.Collator(lang);
  const parts = SUBJECTS.flatMap((subject) =>
    ACTION_ORDER.flatMap((action) => {
      const group = visible.filter((change) => change.subject === subject && change.action === action);
      if (group.length === 0) return [];
      // A removed region is no longer in the model: the name its last version gave is the one to say.
      const names = [
        ...new Set(
          group.map(({ region, change }) => (subject === 'region' && change.content.kind === 'deleted' && change.content.name ? change.content.name : regionName(region))),
        ),
      ].sort(collator.compare);
      const places = t('data.version.change.places', names.slice(0, PLACES_NAMED), names.length - Math.min(names.length, PLACES_NAMED));
      return [subject === 'file' ? t('data.version.change.file', group.length, places) : t(`data.version.change.${subject}.${action}`, group.length, places)];
    }),
  );
  if (listsChanged) parts.push(t('data.version.change.nationalLists'));
  const [only] = visible;
  const details = visible.length === 1 && only && only.subject !== 'file' && only.change.content.kind === 'edited' ? describeContentChange(only.subject, only.change.content, lang) : [];
  return { ...sentence(parts.join('; ')), details };
}

/** Every data version, newest first: each commit of the history, which covers content/ and data/. */
function versionEntries(model: DataPageModel, lang: Lang, t: Translate, repositoryUrl: string | undefined): VersionEntry[] {
  const { history, version } = model;
  const changesByCommit = new Map<string, FileChange[]>();
  for (const changes of history.byFile.values()) {
    for (const change of changes) {
      const ofCommit = changesByCommit.get(change.commit.hash) ?? [];
      ofCommit.push(change);
      changesByCommit.set(change.commit.hash, ofCommit);
    }
  }
  const regionName = regionNamer(model, t);
  return history.commits.map(({ hash, shortHash, day }) => {
    const described = versionSummary(changesByCommit.get(hash) ?? [], lang, t, regionName);
    const repository = repositoryUrl === undefined ? undefined : repositoryAt(repositoryUrl, hash);
    return {
      hash,
      shortHash,
      anchor: dataVersionAnchor(shortHash),
      path: dataVersionPath(shortHash),
      day,
      dayLabel: formatDate(day, lang),
      current: hash === version?.hash,
      ...described,
      repository: repository === undefined ? undefined : { url: repository, label: t('data.version.repositoryAt', shortHash) },
    };
  });
}

/**
 * The data page in `lang`. `pageUrl` makes absolute addresses exactly as the endpoints do
 * (src/pages/data/_site.ts), so the files measured here are byte for byte the files served; the
 * deployment's repository, when set, gets a link per data version.
 */
export function dataPage(model: DataPageModel, lang: Lang, pageUrl: PageUrl, deployment: Pick<Deployment, 'repositoryUrl'>): DataPage {
  const t = translator(lang);
  const { version } = model;
  const versionLabel = version ? t('data.version.label', formatDate(version.day, lang), version.shortHash) : t('data.version.unknown');
  const versionPath = version && dataVersionPath(version.shortHash);
  const versions = versionEntries(model, lang, t, deployment.repositoryUrl);
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
    version: versionLabel,
    citationUrl: pageUrl(versionPath ?? dataPagePath()),
  };
  const citation = t('data.citation', facts);
  const citationLink = citation.indexOf(facts.citationUrl);
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
    version: {
      version,
      label: versionLabel,
      path: versionPath,
      reproduce: t('data.version.reproduce', version?.hash),
      recent: versions.slice(0, RECENT_VERSIONS),
      older: versions.slice(RECENT_VERSIONS),
      olderLabel: t('data.version.older', Math.max(0, versions.length - RECENT_VERSIONS)),
      note: model.history.status === 'complete' ? undefined : t(model.history.status === 'shallow' ? 'data.version.shallow' : 'data.version.unavailable'),
    },
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
    citation,
    citationParts: {
      before: citation.slice(0, citationLink),
      url: facts.citationUrl,
      after: citation.slice(citationLink + facts.citationUrl.length),
    },
  };
}
