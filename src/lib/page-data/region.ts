import { formatYears } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import { bodiesFlowchart } from '../diagrams/bodies-flowchart.ts';
import { milestonesTimeline } from '../diagrams/milestones-timeline.ts';
import type { SmartDimension } from '../dimensions.ts';
import { directoryPathOf } from '../directory.ts';
import type { FileHistory } from '../history/log.ts';
import type { CohortClaimModel, CohortRecord, ProgrammeModel, RegionModel, SiteModel } from '../model.ts';
import { regionDimensionPath, roadmapPath } from '../routes.ts';
import type { Evaluation, Horizon, Region } from '../schema/region.ts';
import { regionSearchRecord, type SearchRecord } from '../search-record.ts';
import { bodyName, legalBasisReference, type SmartCityBody } from '../governance.ts';

/**
 * Everything the page of one region (`/<region>/`) shows beyond plain field reads: the roadmap's
 * horizons with their programme counts, the six dimension cards, the texts of the profile and the
 * legal basis, the diagrams and the file's history.
 */

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
  /** The region's page for the dimension, language-neutral. */
  readonly path: string;
  readonly programmeCount: number;
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
  readonly description: string;
  readonly typeLabel: string;
  readonly cohort: CohortView;
  /** "2015–2020 (title); 2021–2025", or undefined when no earlier edition is recorded. */
  readonly editions: string | undefined;
  /** "RPJMD 2021–2026: note", or undefined when the plan's alignment is not recorded. */
  readonly rpjmd: string | undefined;
  readonly horizons: readonly HorizonSummary[];
  /** The region's full roadmap page, language-neutral. */
  readonly roadmapPath: string;
  readonly dimensions: readonly DimensionCard[];
  /** Everything but the quick wins, which have their own section. */
  readonly otherProgrammes: readonly ProgrammeModel[];
  readonly legalBasis: LegalBasisParts | undefined;
  readonly bodies: readonly BodyCard[];
  /** Mermaid source of the bodies chart; undefined when no body is recorded. */
  readonly bodiesChart: string | undefined;
  /** Mermaid source of the milestones timeline; undefined when no milestone is recorded. */
  readonly milestonesTimeline: string | undefined;
  /** Oldest first; results of the same year in the order the file lists them. */
  readonly evaluations: readonly Evaluation[];
  readonly history: FileHistory;
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

export function regionPage(model: SiteModel, region: RegionModel, lang: Lang): RegionPage {
  const t = translator(lang);
  const { data } = region;
  return {
    region,
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
    roadmapPath: roadmapPath(region.slug),
    dimensions: region.dimensions.map(({ dimension, programmes }) => ({
      dimension,
      name: lang === 'id' ? dimension.nameId : dimension.nameEn,
      path: regionDimensionPath(region.slug, dimension.id),
      programmeCount: programmes.length,
    })),
    otherProgrammes: region.programmes.filter((p) => !p.isQuickWin),
    legalBasis: data.legalBasis && { kind: t(`labels.legal.${data.legalBasis.kind}`), reference: legalBasisReference(data.legalBasis), title: data.legalBasis.title },
    bodies: data.bodies.map((body) => ({ name: bodyName(body, t), body })),
    bodiesChart: bodiesFlowchart(region, lang),
    milestonesTimeline: milestonesTimeline(region, lang),
    evaluations: oldestFirst(data.evaluations),
    history: model.historyOf(region.file),
    searchRecord: regionSearchRecord(region),
  };
}
