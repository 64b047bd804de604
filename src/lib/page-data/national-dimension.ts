import { translator, type Lang } from '../../i18n/index.ts';
import { nameIn } from '../diagrams/words.ts';
import { DIMENSIONS, type SmartDimension } from '../dimensions.ts';
import type { ProgrammeModel, SiteModel } from '../model.ts';
import { nationalDimension, type NationalDimension, type ProvinceInDimension, type RegionInDimension } from '../national-dimension.ts';
import {
  nationalDimensionPath,
  nationalDimensionProvincePath,
  nationalDimensionRegionAnchor,
  nationalDimensionRegionPath,
  regionDimensionPath,
} from '../routes.ts';

/**
 * What the national pages of one dimension show: the overview (`/dimensi/<dimension>/`) and one
 * page per province (`/dimensi/<dimension>/<province>/`). The grouping itself is
 * src/lib/national-dimension.ts; this adds the addresses and texts the pages print.
 */

/** A region as the overview lists it under its province: a link to its programmes on the province page. */
export interface RegionLink {
  readonly name: string;
  readonly fictional: boolean;
  /** The entry's id; the province page's heading of the region has the same one. */
  readonly anchor: string;
  readonly path: string;
  readonly programmeCount: number;
}

export interface ProvinceLink {
  readonly name: string;
  readonly path: string;
  /** "3 program di 2 daerah"; undefined for a province only fictional regions name (nothing counts there). */
  readonly counts: string | undefined;
  /** The real regions by name, then the fictional ones. */
  readonly regions: readonly RegionLink[];
}

export interface NationalDimensionPage {
  readonly dimension: SmartDimension;
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly path: string;
  /** The dimension's three elements with their national programme counts. */
  readonly elements: readonly { readonly name: string; readonly programmeCount: number }[];
  /** Programmes in elements the regions named themselves, and those whose element is not known: 0 hides the line. */
  readonly otherElementProgrammes: number;
  readonly unknownElementProgrammes: number;
  /** "12 program di 5 daerah di 3 provinsi." (real regions only). */
  readonly nationalCount: string;
  /** Whether a fictional region shows anywhere on the page: the figures then say it is not counted. */
  readonly hasFictional: boolean;
  /** Provinces with real regions, in register order. */
  readonly provinces: readonly ProvinceLink[];
  /** Provinces only fictional regions name. */
  readonly fictionalProvinces: readonly ProvinceLink[];
}

export interface RegionProgrammes {
  readonly name: string;
  readonly fictional: boolean;
  readonly anchor: string;
  /** The region's own page for the dimension. */
  readonly path: string;
  readonly programmes: readonly ProgrammeModel[];
}

export interface NationalDimensionProvincePage {
  readonly dimension: SmartDimension;
  readonly name: string;
  readonly summary: string;
  /** "Tata Kelola di Kalimantan Timur" */
  readonly title: string;
  readonly description: string;
  readonly path: string;
  readonly provinceName: string;
  /** The dimension's overview. */
  readonly dimensionPath: string;
  /** "3 program di 2 daerah" (real regions only). */
  readonly counts: string;
  readonly hasFictional: boolean;
  /** A province only fictional regions name: the whole page is the showcase. */
  readonly fictional: boolean;
  /** The real regions by name, then the fictional ones. */
  readonly regions: readonly RegionProgrammes[];
}

/**
 * The provinces of the national register, in its order. The directory lists every one of them,
 * whichever regions the build includes, so national pages take slugs and names from there.
 */
const registerProvinces = (model: SiteModel) => model.directory.provinces.map(({ province }) => province);

const nationalOf = (model: SiteModel, dimension: SmartDimension): NationalDimension => nationalDimension(model, dimension, registerProvinces(model));

const regionsOf = (province: ProvinceInDimension): readonly RegionInDimension[] => [...province.regions, ...province.fictionalRegions];

const summaryOf = (dimension: SmartDimension, lang: Lang): string => (lang === 'id' ? dimension.summaryId : dimension.summaryEn);

export function nationalDimensionPage(model: SiteModel, dimension: SmartDimension, lang: Lang): NationalDimensionPage {
  const t = translator(lang);
  const national = nationalOf(model, dimension);
  const name = nameIn(dimension, lang);
  const summary = summaryOf(dimension, lang);
  const provinceLink = (province: ProvinceInDimension): ProvinceLink => ({
    name: province.name,
    path: nationalDimensionProvincePath(dimension.id, province.slug),
    counts: province.regions.length > 0 ? t('national.provinceCount', province.programmeCount, province.regions.length) : undefined,
    regions: regionsOf(province).map(({ region, programmes }) => ({
      name: region.data.name,
      fictional: region.data.fictional,
      anchor: nationalDimensionRegionAnchor(region.slug),
      path: nationalDimensionRegionPath(dimension.id, province.slug, region.slug),
      programmeCount: programmes.length,
    })),
  });
  return {
    dimension,
    name,
    summary,
    description: `${name}: ${summary}`,
    path: nationalDimensionPath(dimension.id),
    elements: national.elementCounts.framework.map(({ element, programmes }) => ({ name: nameIn(element, lang), programmeCount: programmes })),
    otherElementProgrammes: national.elementCounts.other,
    unknownElementProgrammes: national.elementCounts.unknown,
    nationalCount: t('national.nationalCount', national.programmeCount, national.regionCount, national.provinces.length),
    hasFictional: national.fictionalProvinces.length > 0 || national.provinces.some((province) => province.fictionalRegions.length > 0),
    provinces: national.provinces.map(provinceLink),
    fictionalProvinces: national.fictionalProvinces.map(provinceLink),
  };
}

/** Every province page of every dimension: the provinces where a region, real or fictional, has programmes of it. */
export function nationalDimensionProvinceRoutes(model: SiteModel): { readonly dimension: SmartDimension; readonly province: string }[] {
  return DIMENSIONS.flatMap((dimension) => {
    const national = nationalOf(model, dimension);
    return [...national.provinces, ...national.fictionalProvinces].map((province) => ({ dimension, province: province.slug }));
  });
}

export function nationalDimensionProvincePage(model: SiteModel, dimension: SmartDimension, provinceSlug: string, lang: Lang): NationalDimensionProvincePage {
  const t = translator(lang);
  const national = nationalOf(model, dimension);
  const province = [...national.provinces, ...national.fictionalProvinces].find((candidate) => candidate.slug === provinceSlug);
  if (!province) throw new Error(`No region has programmes of ${dimension.id} in province ${provinceSlug}`);
  const name = nameIn(dimension, lang);
  const title = t('national.inProvince', name, province.name);
  const counts = t('national.provinceCount', province.programmeCount, province.regions.length);
  return {
    dimension,
    name,
    summary: summaryOf(dimension, lang),
    title,
    description: `${title}: ${counts}.`,
    path: nationalDimensionProvincePath(dimension.id, province.slug),
    provinceName: province.name,
    dimensionPath: nationalDimensionPath(dimension.id),
    counts,
    hasFictional: province.fictionalRegions.length > 0,
    fictional: province.regions.length === 0,
    regions: regionsOf(province).map(({ region, programmes }) => ({
      name: region.data.name,
      fictional: region.data.fictional,
      anchor: nationalDimensionRegionAnchor(region.slug),
      path: regionDimensionPath(region.slug, dimension.id),
      programmes,
    })),
  };
}
