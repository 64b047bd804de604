import { formatYears } from '../../i18n/format.ts';
import { translator, type Lang, type Translate } from '../../i18n/index.ts';
import { bodiesFlowchart } from '../diagrams/bodies-flowchart.ts';
import { milestonesTimeline, type MilestonesTimeline } from '../diagrams/milestones-timeline.ts';
import type { SmartDimension } from '../dimensions.ts';
import { EVALUATIONS_ANCHOR } from '../exports/evaluations.ts';
import { directoryPathOf } from '../directory.ts';
import { changeList, type ChangeList } from '../history/describe.ts';
import type { FileHistory } from '../history/log.ts';
import { statusAsOf, type StatusAsOf } from '../progress.ts';
import type { CohortClaimModel, CohortRecord, ProgrammeModel, RegionModel, SiteModel } from '../model.ts';
import { contributePath, regionDimensionPath, regionFeedPath, roadmapPath } from '../routes.ts';
import { PROGRAMME_STATUSES } from '../schema/programme-parts.ts';
import type { Evaluation, Horizon, Region } from '../schema/region.ts';
import { regionSearchRecord, type SearchRecord } from '../search-record.ts';
import type { Citation } from './citation.ts';
import { bodyName, legalBasisNote, legalBasisReference, type SmartCityBody } from '../governance.ts';

/**
 * Everything the page of one region (`/<region>/`) shows beyond plain field reads: which sections
 * it has and what it says it does not know yet, the roadmap's horizons with their programme counts,
 * the six dimensions, the programmes by dimension with their filters, the texts of the profile and
 * the legal basis, the diagrams and the file's history.
 */

/**
 * What a region page can show. A section without data is not drawn: its subject goes into one
 * "Belum diketahui" list instead, so a sparse region reads as one short list of gaps rather than a
 * wall of "Belum tersedia" blocks.
 */
export const REGION_SECTIONS = [
  'profil',
  'ringkasan',
  'visi',
  'peta-jalan',
  'dimensi',
  'program',
  'kelembagaan',
  'dokumen',
  'tonggak',
  EVALUATIONS_ANCHOR,
  'belum-diketahui',
  'sumber',
  // ChangeHistory.astro and CiteBox.astro, on every region page.
  'riwayat-perubahan',
  'kutip',
] as const;
export type RegionSection = (typeof REGION_SECTIONS)[number];

/** A fact of the region file (or of the cohort lists) that the page says is not known yet. */
export const NOT_KNOWN_FACTS = [
  'code',
  'cohort',
  'period',
  'rpjmd',
  'vision',
  'missions',
  'horizons',
  'programmes',
  'quickWins',
  'bodies',
  'legalBasis',
  'documents',
  'milestones',
  'evaluations',
  'sources',
] as const;
export type NotKnownFact = (typeof NOT_KNOWN_FACTS)[number];

export interface NotKnownItem {
  readonly fact: NotKnownFact;
  /**
   * Ids of the sections this item stands in for: a link to `/<region>/#visi` (content may link to any
   * section, src/lib/content/links.ts) then lands on the line saying the vision is not known yet.
   */
  readonly anchors: readonly string[];
}

/** An entry of the page's contents list: a section that renders, by the id of its heading. */
export interface ContentsEntry {
  readonly id: string;
  readonly label: string;
}

/**
 * What a region page holds, for ranking regions on the home page: programmes, else masterplan facts
 * (period, vision, roadmap, bodies, documents…), else only the summary of its sources.
 */
export type RegionHoldings = 'programmes' | 'facts' | 'summary';

export interface HorizonSummary {
  readonly horizon: Horizon;
  readonly label: string;
  /** "2024–2025". */
  readonly years: string;
  /** Programmes whose years overlap the horizon: one may run across two horizons and count in both. */
  readonly programmeCount: number;
}

export interface DimensionCard {
  readonly dimension: SmartDimension;
  readonly name: string;
  /**
   * The region's page for the dimension, language-neutral; undefined when that page would be empty
   * (no programme and no text of the region's own), so the page never links to an empty page.
   */
  readonly path: string | undefined;
  readonly programmeCount: number;
  /** Id of the dimension's group in the programme list; undefined when it has no programme. */
  readonly groupId: string | undefined;
}

/** The programmes of one dimension, as the region page lists them (quick wins first). */
export interface ProgrammeGroup {
  readonly dimension: SmartDimension;
  readonly name: string;
  /** The id of the group's heading, the target of the dimension list's in-page link. */
  readonly id: string;
  readonly programmes: readonly ProgrammeRow[];
  /** The filter values of its programmes (see ProgrammeRow.filters): the group hides when none matches. */
  readonly filters: string;
}

/** What the programme list can be narrowed to, without JavaScript (RegionProgrammes.astro). */
export const PROGRAMME_FILTERS = ['quick-win', ...PROGRAMME_STATUSES] as const;
export type ProgrammeFilter = (typeof PROGRAMME_FILTERS)[number];

export interface ProgrammeRow {
  readonly programme: ProgrammeModel;
  /** "running quick-win": the filters that keep it shown, as one attribute value CSS can match with `~=`. */
  readonly filters: string;
}

export interface FilterOption {
  readonly filter: ProgrammeFilter;
  readonly label: string;
  readonly count: number;
}

/** "Perwal No. 12 (2020): title", in the pieces the page sets apart (the kind in bold, the title in Indonesian). */
export interface LegalBasisParts {
  readonly kind: string;
  /** " No. 12 (2020)", or empty. */
  readonly reference: string;
  readonly title: string | undefined;
}

export interface BodyCard {
  readonly name: string;
  readonly body: SmartCityBody;
}

/** A cohort claim with the directory page of its cohort. */
export interface CohortClaimView extends CohortClaimModel {
  readonly cohortPath: string;
}

export interface CohortView {
  readonly claims: readonly CohortClaimView[];
  readonly sourcesDisagree: boolean;
}

export interface RegionPage {
  readonly region: RegionModel;
  /** The sections that render, in page order. */
  readonly sections: ReadonlySet<RegionSection>;
  /** "Di halaman ini": the rendered sections with their headings' labels. */
  readonly contents: readonly ContentsEntry[];
  /** What no source gives yet, in page order; empty when the page lacks nothing. */
  readonly notKnown: readonly NotKnownItem[];
  /** How to send a source for what is not known (the about page's section). */
  readonly contributePath: string;
  readonly description: string;
  readonly typeLabel: string;
  readonly cohort: CohortView;
  /** "2015–2020 (title); 2021–2025", or undefined when no earlier edition is recorded. */
  readonly editions: string | undefined;
  /** "RPJMD 2021–2026: note", or undefined when the plan's alignment is not recorded. */
  readonly rpjmd: string | undefined;
  readonly horizons: readonly HorizonSummary[];
  /** The region's full roadmap page, language-neutral; undefined while it would be empty (no horizon, no programme). */
  readonly roadmapPath: string | undefined;
  readonly dimensions: readonly DimensionCard[];
  /** The dimensions that have programmes, in framework order. */
  readonly programmeGroups: readonly ProgrammeGroup[];
  /** "Semua", then quick win and each status that occurs; empty when there is nothing to narrow. */
  readonly filterOptions: readonly FilterOption[];
  readonly legalBasis: LegalBasisParts | undefined;
  readonly bodies: readonly BodyCard[];
  /** Mermaid source of the bodies chart; undefined when no body is recorded. */
  readonly bodiesChart: string | undefined;
  /** The milestones grouped by year, as the timeline shows them; undefined when no milestone is recorded. */
  readonly milestonesTimeline: MilestonesTimeline | undefined;
  /** Oldest first; results of the same year in the order the file lists them. */
  readonly evaluations: readonly Evaluation[];
  /** The region file's data changes, for "last changed". */
  readonly history: FileHistory;
  /** The same changes described field by field, for the change history. */
  readonly changes: ChangeList;
  /** The Atom feed of the region's changes, linked from the change history. */
  readonly changeFeedPath: string;
  /** The newest date the region's sources carry: the content's own "as of", beside the date of its last change. */
  readonly sourcesAsOf: StatusAsOf | undefined;
  readonly citation: Citation;
  readonly searchRecord: SearchRecord;
}

/** The cohort claims as a page lists them, each linking to the directory of its cohort. */
export function cohortView(cohort: CohortRecord): CohortView {
  return {
    claims: cohort.claims.map((claim) => ({ ...claim, cohortPath: directoryPathOf({ by: 'cohort', year: claim.year }) })),
    sourcesDisagree: cohort.sourcesDisagree,
  };
}

function editionsText(editions: Region['editions']): string | undefined {
  if (editions.length === 0) return undefined;
  return editions.map((edition) => `${formatYears(edition.period)}${edition.title ? ` (${edition.title})` : ''}`).join('; ');
}

function rpjmdText(rpjmd: Region['rpjmd']): string | undefined {
  return rpjmd && `RPJMD ${formatYears(rpjmd.period)}${rpjmd.note ? `: ${rpjmd.note}` : ''}`;
}

function oldestFirst(evaluations: readonly Evaluation[]): Evaluation[] {
  return evaluations
    .map((evaluation, position) => ({ evaluation, position }))
    .sort((a, b) => a.evaluation.year - b.evaluation.year || a.position - b.position)
    .map(({ evaluation }) => evaluation);
}

/** The facts the page lacks, each once, in the order the page would show them. */
export function notKnownFacts(region: RegionModel): NotKnownFact[] {
  const { data } = region;
  const missing: Record<NotKnownFact, boolean> = {
    code: data.code === undefined,
    cohort: region.cohort.claims.length === 0 && data.cohort === undefined,
    period: data.period === undefined,
    rpjmd: data.rpjmd === undefined,
    vision: data.vision === undefined,
    missions: data.missions.length === 0,
    horizons: region.horizons.length === 0,
    programmes: region.programmes.length === 0,
    quickWins: region.quickWins.length === 0,
    bodies: data.bodies.length === 0,
    legalBasis: data.legalBasis === undefined,
    documents: data.documents.length === 0,
    milestones: data.milestones.length === 0,
    evaluations: data.evaluations.length === 0,
    sources: data.sources.length === 0,
  };
  return NOT_KNOWN_FACTS.filter((fact) => missing[fact]);
}

/** Facts of the masterplan itself: a region with none of them shows only its sources' summary. */
const MASTERPLAN_FACTS: readonly NotKnownFact[] = ['period', 'rpjmd', 'vision', 'missions', 'horizons', 'bodies', 'legalBasis', 'documents', 'milestones', 'evaluations'];

export function regionHoldings(region: RegionModel): RegionHoldings {
  if (region.programmes.length > 0) return 'programmes';
  const missing = new Set(notKnownFacts(region));
  const hasNarrative = region.dimensions.some((group) => group.page !== undefined);
  return hasNarrative || MASTERPLAN_FACTS.some((fact) => !missing.has(fact)) ? 'facts' : 'summary';
}

/** Which sections render: a section draws when it has something to show. */
function sectionsOf(region: RegionModel, missing: ReadonlySet<NotKnownFact>): Set<RegionSection> {
  const { data } = region;
  const has: Record<RegionSection, boolean> = {
    profil: true,
    ringkasan: true,
    visi: !missing.has('vision') || !missing.has('missions'),
    'peta-jalan': roadmapHasContent(region),
    dimensi: region.dimensions.some((group) => group.programmes.length > 0 || group.page !== undefined),
    program: !missing.has('programmes'),
    kelembagaan: !missing.has('bodies'),
    dokumen: !missing.has('legalBasis') || !missing.has('documents'),
    tonggak: !missing.has('milestones'),
    [EVALUATIONS_ANCHOR]: data.evaluations.length > 0,
    'belum-diketahui': missing.size > 0,
    sumber: !missing.has('sources'),
    'riwayat-perubahan': true,
    kutip: true,
  };
  return new Set(REGION_SECTIONS.filter((section) => has[section]));
}

/** The roadmap page shows horizons and programmes: without either it is empty and not linked. */
function roadmapHasContent(region: RegionModel): boolean {
  return region.horizons.length > 0 || region.programmes.length > 0;
}

/**
 * Each missing fact as a line of the list, carrying the ids of the sections that did not render
 * because of it (on its first line), so every section id a link may name still exists on the page.
 */
function notKnownItems(missing: readonly NotKnownFact[], sections: ReadonlySet<RegionSection>): NotKnownItem[] {
  const standsFor: Partial<Record<NotKnownFact, readonly string[]>> = {
    vision: ['visi'],
    horizons: ['peta-jalan'],
    programmes: ['program', 'dimensi'],
    // The quick wins used to have a section of their own; old links to it land here.
    quickWins: ['quick-win'],
    legalBasis: ['dokumen'],
    sources: ['sumber'],
  };
  const drawn = (id: string) => (sections as ReadonlySet<string>).has(id);
  return missing.map((fact) => ({ fact, anchors: (standsFor[fact] ?? []).filter((id) => !drawn(id)) }));
}

function filtersOf(programme: ProgrammeModel): string {
  return [programme.data.status, ...(programme.isQuickWin ? ['quick-win'] : [])].join(' ');
}

/** The id of a dimension's group in the programme list. */
const groupId = (dimension: SmartDimension): string => `program-${dimension.id}`;

function filterOptions(programmes: readonly ProgrammeModel[], t: Translate): FilterOption[] {
  const count = (filter: ProgrammeFilter) => programmes.filter((p) => filtersOf(p).split(' ').includes(filter)).length;
  const options = PROGRAMME_FILTERS.map((filter) => ({ filter, label: filter === 'quick-win' ? t('labels.kind.quick-win') : t(`labels.status.${filter}`), count: count(filter) })).filter(
    (option) => option.count > 0,
  );
  // One status and no quick win: every option would show the same list.
  return options.length > 1 || options.some((option) => option.count < programmes.length) ? options : [];
}

/**
 * Up to this many sections (a sparse region: profile, summary, what is not known, sources, changes,
 * citation), the page fits a few phone screens and a contents list would only add one.
 */
const SHORT_PAGE_SECTIONS = 6;

function contentsOf(sections: ReadonlySet<RegionSection>, region: RegionModel, t: Translate): ContentsEntry[] {
  const labels: Record<RegionSection, string> = {
    profil: t('region.profile'),
    ringkasan: t('region.summary'),
    visi: t('region.vision'),
    'peta-jalan': t('region.roadmapSummary'),
    dimensi: t('region.dimensionsHeading'),
    program: `${t('region.programmesHeading')} (${region.programmes.length})`,
    kelembagaan: t('region.bodies.heading'),
    dokumen: t('region.documents'),
    tonggak: t('region.milestones.heading'),
    [EVALUATIONS_ANCHOR]: t('region.evaluations.heading'),
    'belum-diketahui': t('region.notKnown.heading'),
    sumber: t('common.sources'),
    'riwayat-perubahan': t('layout.changeHistory.heading'),
    kutip: t('programme.cite.heading'),
  };
  return [...sections].map((id) => ({ id, label: labels[id] }));
}

export function regionPage(model: SiteModel, region: RegionModel, lang: Lang): RegionPage {
  const t = translator(lang);
  const { data } = region;
  const history = model.historyOf(region.file);
  const missing = notKnownFacts(region);
  const sections = sectionsOf(region, new Set(missing));
  const dimensionName = (dimension: SmartDimension) => (lang === 'id' ? dimension.nameId : dimension.nameEn);
  return {
    region,
    sections,
    // A short page (a sparse region: profile, summary, what is not known, sources) needs no contents list.
    contents: sections.size > SHORT_PAGE_SECTIONS ? contentsOf(sections, region, t) : [],
    notKnown: notKnownItems(missing, sections),
    contributePath: contributePath(),
    description: t('region.description', data.name, data.province, region.programmes.length),
    typeLabel: t(`labels.regionType.${data.type}`),
    cohort: cohortView(region.cohort),
    editions: editionsText(data.editions),
    rpjmd: rpjmdText(data.rpjmd),
    horizons: region.horizons.map(({ horizon, span }) => ({
      horizon,
      label: t(`labels.horizon.${horizon}`),
      years: formatYears(span),
      programmeCount: region.programmes.filter((p) => p.span && p.span.start <= span.end && p.span.end >= span.start).length,
    })),
    roadmapPath: roadmapHasContent(region) ? roadmapPath(region.slug) : undefined,
    dimensions: region.dimensions.map(({ dimension, page, programmes }) => ({
      dimension,
      name: dimensionName(dimension),
      path: programmes.length > 0 || page !== undefined ? regionDimensionPath(region.slug, dimension.id) : undefined,
      programmeCount: programmes.length,
      groupId: programmes.length > 0 ? groupId(dimension) : undefined,
    })),
    programmeGroups: region.dimensions
      .filter((group) => group.programmes.length > 0)
      .map(({ dimension, programmes }) => ({
        dimension,
        name: dimensionName(dimension),
        id: groupId(dimension),
        programmes: programmes.map((programme) => ({ programme, filters: filtersOf(programme) })),
        filters: [...new Set(programmes.flatMap((programme) => filtersOf(programme).split(' ')))].join(' '),
      })),
    filterOptions: filterOptions(region.programmes, t),
    legalBasis: data.legalBasis && { kind: t(`labels.legal.${data.legalBasis.kind}`), reference: legalBasisReference(data.legalBasis), title: legalBasisNote(data.legalBasis) },
    bodies: data.bodies.map((body) => ({ name: bodyName(body, t), body })),
    bodiesChart: bodiesFlowchart(region, lang),
    milestonesTimeline: milestonesTimeline(region, lang),
    evaluations: oldestFirst(data.evaluations),
    history,
    changes: changeList('region', history, lang),
    changeFeedPath: regionFeedPath(region.slug),
    // A region has no progress updates: its newest dated source is what its facts are as of.
    sourcesAsOf: statusAsOf({ progress: [], sources: data.sources }),
    citation: {
      path: region.path,
      title: data.fictional ? t('programme.cite.fictionalRegion', data.name) : data.name,
      context: undefined,
      version: model.version,
      sources: data.sources,
      fieldId: `kutipan-${region.slug}`,
    },
    searchRecord: regionSearchRecord(region),
  };
}
