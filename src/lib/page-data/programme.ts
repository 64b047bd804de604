import { formatNumber } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import { nameIn } from '../diagrams/words.ts';
import type { SmartDimension } from '../dimensions.ts';
import { changeList, type ChangeList } from '../history/describe.ts';
import type { FileHistory } from '../history/log.ts';
import type { ProgrammeModel, RegionModel, SiteModel } from '../model.ts';
import { regionDimensionPath, regionFeedPath } from '../routes.ts';
import type { Programme } from '../schema/programme.ts';
import { programmeSearchRecord, type SearchRecord } from '../search-record.ts';
import { similarProgrammes } from '../similar.ts';
import type { Crumb } from './breadcrumbs.ts';
import type { Citation } from './citation.ts';

/** What a programme's page shows beyond plain reads of its fields. */
export interface ProgrammePage {
  readonly programme: ProgrammeModel;
  readonly region: RegionModel;
  readonly dimensionName: string;
  /** The region's page for the programme's dimension. */
  readonly dimensionPath: string;
  /** Undefined when no source says which element ("Belum diketahui"). */
  readonly elementName: string | undefined;
  /** The page's title without the site name: "E-Kelurahan — Kota Contoh". */
  readonly title: string;
  /** For search engines and link previews. */
  readonly description: string;
  readonly breadcrumbs: readonly Crumb[];
  /** The region and dimension whose change feeds the page advertises. */
  readonly feeds: { readonly region: RegionModel; readonly dimension: SmartDimension };
  /** Only the Indonesian page is indexed; the English one has none. */
  readonly searchRecord: SearchRecord | undefined;
  readonly indicators: readonly IndicatorRow[];
  readonly similar: readonly SimilarMatch[];
  readonly citation: Citation;
  /** The programme file's data changes, for "last changed". */
  readonly history: FileHistory;
  /** The same changes described field by field, for the change history. */
  readonly changes: ChangeList;
  /** The region's Atom feed, offered below the change history. */
  readonly changeFeedPath: string;
}

export interface IndicatorRow {
  readonly indicator: Programme['indicators'][number];
  /** Value and unit, e.g. "1.250 pengguna"; undefined when the plan states none. */
  readonly baseline: string | undefined;
  readonly target: string | undefined;
}

/** A programme in another region on the same topic, and why it was picked, e.g. "elemen yang sama (Pelayanan Publik)". */
export interface SimilarMatch {
  readonly programme: ProgrammeModel;
  readonly reasons: string;
}

export function programmePage(model: SiteModel, programme: ProgrammeModel, lang: Lang): ProgrammePage {
  const t = translator(lang);
  const { data } = programme;
  const region = model.regionBySlug(programme.regionSlug);
  // buildModel makes every programme from its region's entry, so this only fires on a model built some other way.
  if (!region) throw new Error(`programmePage: ${programme.key} has no region ${programme.regionSlug}`);
  const dimensionName = nameIn(programme.dimension, lang);
  const dimensionPath = regionDimensionPath(programme.regionSlug, programme.dimension.id);
  const history = model.historyOf(programme.file);
  const measure = (value: string | number | undefined, unit: string | undefined): string | undefined =>
    value === undefined ? undefined : `${typeof value === 'number' ? formatNumber(value, lang) : value}${unit ? ` ${unit}` : ''}`;
  return {
    programme,
    region,
    dimensionName,
    dimensionPath,
    elementName: programme.element && nameIn(programme.element, lang),
    title: `${data.name} — ${programme.regionName}`,
    description: `${data.name}: ${t(`labels.kind.${data.kind}`)}, ${dimensionName}, ${programme.regionName}.`,
    breadcrumbs: [
      { label: programme.regionName, path: region.path },
      { label: dimensionName, path: dimensionPath },
      { label: data.name },
    ],
    feeds: { region, dimension: programme.dimension },
    searchRecord: lang === 'id' ? programmeSearchRecord(programme) : undefined,
    indicators: data.indicators.map((indicator) => ({
      indicator,
      baseline: measure(indicator.baseline, indicator.unit),
      target: measure(indicator.target, indicator.unit),
    })),
    similar: similarProgrammes(programme, model).map((match) => ({
      programme: match.programme,
      reasons: [
        match.sameElement && match.programme.element && t('programme.similar.sameElement', nameIn(match.programme.element, lang)),
        match.sharedTags.length > 0 && t('programme.similar.sharedTags', match.sharedTags.join(', ')),
        // The element implies the dimension; say it only when it adds something.
        match.sameDimension && !match.sameElement && t('programme.similar.sameDimension'),
      ]
        .filter(Boolean)
        .join('; '),
    })),
    citation: {
      path: programme.path,
      title: data.name,
      context: programme.fictional ? t('programme.cite.fictionalRegion', programme.regionName) : programme.regionName,
      version: model.version,
      sources: data.sources,
      fieldId: `kutipan-${programme.regionSlug}-${data.id}`,
    },
    history,
    changes: changeList('programme', history, lang),
    changeFeedPath: regionFeedPath(programme.regionSlug),
  };
}
