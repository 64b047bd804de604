import { translator, type Lang } from '../../i18n/index.ts';
import { DIMENSIONS } from '../dimensions.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { homeProvinceAnchor } from '../routes.ts';
import { dimensionCard, type DimensionCard } from './dimensions.ts';

export interface HomeProvince {
  readonly name: string;
  readonly anchor: string;
  readonly regions: readonly RegionModel[];
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

export function homePage(model: SiteModel, lang: Lang): HomePage {
  const t = translator(lang);
  const groups = [
    ...model.national.provinces,
    ...(model.fictionalRegions.length > 0 ? [{ name: t('national.fictionalExamples'), regions: model.fictionalRegions }] : []),
  ];
  return {
    regionCount: model.national.regions.length,
    directoryCount: model.directory.entries.length,
    provinces: groups.map(({ name, regions }) => ({ name, anchor: homeProvinceAnchor(name), regions })),
    dimensions: DIMENSIONS.map((dimension) => dimensionCard(dimension, lang)),
  };
}
