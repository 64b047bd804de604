import type { Element, SmartDimension } from './dimensions.ts';
import { elementGroups } from './element-groups.ts';
import type { ProgrammeModel, RegionModel, SiteModel } from './model.ts';
import { slugify, type Province } from './register/register.ts';

/**
 * What the national pages of one dimension show: an overview with national counts and the
 * provinces, and one page per province with its regions' programmes of the dimension. A single
 * page listing every region's programmes weighs megabytes at national scale (514 regions).
 *
 * National figures count real regions only. Fictional showcase regions stay visible, as they were
 * on the single page: listed after the real regions of their province and marked, never counted.
 * A fictional region names a province of its own choosing; provinces that only fictional regions
 * name are listed apart from the real ones.
 */

export interface RegionInDimension {
  readonly region: RegionModel;
  /** The region's programmes of the dimension, in the model's order (quick wins first). */
  readonly programmes: readonly ProgrammeModel[];
}

export interface ProvinceInDimension {
  /** The province's segment in `/dimensi/<dimension>/<province>/`: the register's slug for a register province. */
  readonly slug: string;
  /** The register's name, or for a province outside the register the name its regions give. */
  readonly name: string;
  /** Real regions with programmes in the dimension, by name: these count. */
  readonly regions: readonly RegionInDimension[];
  /** Fictional regions naming this province, by name: shown after the real ones, not counted. */
  readonly fictionalRegions: readonly RegionInDimension[];
  /** Programmes of the real regions. */
  readonly programmeCount: number;
}

export interface NationalDimension {
  readonly dimension: SmartDimension;
  /** Provinces with at least one real region with programmes in the dimension, in register order. */
  readonly provinces: readonly ProvinceInDimension[];
  /** Provinces where only fictional regions have programmes in the dimension, by name. */
  readonly fictionalProvinces: readonly ProvinceInDimension[];
  /** National figures: real regions and their programmes of the dimension. */
  readonly programmeCount: number;
  readonly regionCount: number;
  /** The real programmes by element: each of the dimension's three, then the sum of the regions' own (`lainnya`) elements, then those whose element no source states. */
  readonly elementCounts: ElementCounts;
}

export interface ElementCounts {
  readonly framework: readonly { readonly element: Element; readonly programmes: number }[];
  /** Programmes in an element a region named itself: many distinct labels nationally, so one sum. */
  readonly other: number;
  readonly unknown: number;
}

const collator = new Intl.Collator('id');

function inDimension(regions: readonly RegionModel[], dimension: SmartDimension): RegionInDimension[] {
  return regions
    .map((region) => ({ region, programmes: region.dimensions.find((d) => d.dimension.id === dimension.id)?.programmes ?? [] }))
    .filter(({ programmes }) => programmes.length > 0);
}

const countProgrammes = (groups: readonly { readonly programmes: readonly ProgrammeModel[] }[]): number =>
  groups.reduce((sum, { programmes }) => sum + programmes.length, 0);

/**
 * Groups the regions with programmes in `dimension` by province. `provinces` is the national
 * register's list: it gives the slugs, official names and order. A real region's province is
 * always a register province (the check compares it with the register); a fictional region's
 * province joins a register province of the same name, or forms one of its own.
 */
export function nationalDimension(
  model: Pick<SiteModel, 'national' | 'fictionalRegions'>,
  dimension: SmartDimension,
  provinces: readonly Pick<Province, 'name' | 'slug'>[],
): NationalDimension {
  const registered = new Map(provinces.map((province, order) => [province.slug, { province, order }]));
  const groups = new Map<string, { name: string; regions: RegionInDimension[]; fictionalRegions: RegionInDimension[] }>();
  const groupOf = (region: RegionModel) => {
    const slug = slugify(region.data.province);
    const inRegister = registered.get(slug);
    if (!inRegister && !region.data.fictional) {
      throw new Error(`Region ${region.slug}: province "${region.data.province}" is not in the national register (the check should have refused it)`);
    }
    let group = groups.get(slug);
    if (!group) {
      group = { name: inRegister?.province.name ?? region.data.province, regions: [], fictionalRegions: [] };
      groups.set(slug, group);
    }
    return group;
  };
  const real = inDimension(model.national.regions, dimension);
  for (const entry of real) groupOf(entry.region).regions.push(entry);
  for (const entry of inDimension(model.fictionalRegions, dimension)) groupOf(entry.region).fictionalRegions.push(entry);

  const byName = (a: RegionInDimension, b: RegionInDimension): number => collator.compare(a.region.data.name, b.region.data.name);
  const all: ProvinceInDimension[] = [...groups].map(([slug, group]) => ({
    slug,
    name: group.name,
    regions: group.regions.sort(byName),
    fictionalRegions: group.fictionalRegions.sort(byName),
    programmeCount: countProgrammes(group.regions),
  }));
  const registerOrder = (province: ProvinceInDimension): number => registered.get(province.slug)?.order ?? Infinity;
  return {
    dimension,
    provinces: all.filter((province) => province.regions.length > 0).sort((a, b) => registerOrder(a) - registerOrder(b)),
    fictionalProvinces: all.filter((province) => province.regions.length === 0).sort((a, b) => collator.compare(a.name, b.name)),
    programmeCount: countProgrammes(real),
    regionCount: real.length,
    elementCounts: countElements(dimension, real.flatMap(({ programmes }) => programmes)),
  };
}

function countElements(dimension: SmartDimension, programmes: readonly ProgrammeModel[]): ElementCounts {
  const groups = elementGroups(dimension, programmes);
  const sumOf = (kind: 'other' | 'unknown'): number => countProgrammes(groups.filter((group) => group.kind === kind));
  return {
    framework: dimension.elements.map((element) => ({ element, programmes: groups.find((group) => group.key === element.id)!.programmes.length })),
    other: sumOf('other'),
    unknown: sumOf('unknown'),
  };
}
