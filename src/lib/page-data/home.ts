import { translator, type Lang } from '../../i18n/index.ts';
import { DIMENSIONS } from '../dimensions.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { homeProvinceAnchor } from '../routes.ts';
import { dimensionCard, type DimensionCard } from './dimensions.ts';
import { regionHoldings, type RegionHoldings } from './region.ts';

export interface HomeRegion {
  readonly region: RegionModel;
  /** What its page holds: the card of a region with only a summary is drawn lighter. */
  readonly holdings: RegionHoldings;
}

export interface HomeProvince {
  readonly name: string;
  readonly anchor: string;
  /** Regions with programmes first, then those with masterplan facts, then those with a summary only; by name within each. */
  readonly regions: readonly HomeRegion[];
}

export interface HomePage {
  /** Real regions with a content folder: the fictional showcase is not counted. */
  readonly regionCount: number;
  /** Every kabupaten/kota of the register, as the directory lists them. */
  readonly directoryCount: number;
  /** The real regions by province (by name), then the fictional showcase as a group of its own. */
  readonly provinces: readonly HomeProvince[];
  readonly dimensions: readonly DimensionCard[];
}

const RANK: Readonly<Record<RegionHoldings, number>> = { programmes: 0, facts: 1, summary: 2 };

/** The regions come by name; a stable sort by what they hold keeps that order within each rank. */
function ranked(regions: readonly RegionModel[]): HomeRegion[] {
  return regions.map((region) => ({ region, holdings: regionHoldings(region) })).sort((a, b) => RANK[a.holdings] - RANK[b.holdings]);
}

export function homePage(model: SiteModel, lang: Lang): HomePage {
  const t = translator(lang);
  const groups = [
    ...model.national.provinces,
    ...(model.fictionalRegions.length > 0 ? [{ name: t('national.fictionalExamples'), regions: model.fictionalRegions }] : []),
  ];
  return {
    regionCount: model.national.regions.length,
    directoryCount: model.directory.entries.length,
    provinces: groups.map(({ name, regions }) => ({ name, anchor: homeProvinceAnchor(name), regions: ranked(regions) })),
    dimensions: DIMENSIONS.map((dimension) => dimensionCard(dimension, lang)),
  };
}
