import { translator, type Lang } from '../../i18n/index.ts';
import { roadmapChart, type RoadmapChart } from '../diagrams/roadmap-chart.ts';
import { nameIn } from '../diagrams/words.ts';
import type { SmartDimension } from '../dimensions.ts';
import type { ProgrammeModel, RegionModel } from '../model.ts';
import { roadmapPath } from '../routes.ts';
import type { Crumb } from './breadcrumbs.ts';

/** What a region's roadmap page shows beyond plain reads of the region's fields. */
export interface RoadmapPage {
  readonly region: RegionModel;
  readonly path: string;
  /** The page's title without the site name, also its heading: "Peta jalan — Kota Contoh". */
  readonly title: string;
  readonly breadcrumbs: readonly Crumb[];
  /** For search engines and link previews. */
  readonly description: string;
  /** The chart of the programmes' years; undefined when no programme has years, and the table stands alone. */
  readonly chart: RoadmapChart | undefined;
  /** The table's row groups: the dimensions that have programmes, in framework order. */
  readonly rows: readonly RoadmapRowGroup[];
}

export interface RoadmapRowGroup {
  readonly dimension: SmartDimension;
  readonly dimensionName: string;
  /** In the region's order: quick wins first, then by start year and name. */
  readonly programmes: readonly ProgrammeModel[];
}

/**
 * `dataDay` (YYYY-MM-DD), the day of the data version, is marked on the chart: where the plan stood
 * when the data was last changed. Never the build's clock: the same commit builds the same page.
 */
export function roadmapPage(region: RegionModel, lang: Lang, dataDay: string | undefined): RoadmapPage {
  const t = translator(lang);
  return {
    region,
    path: roadmapPath(region.slug),
    title: `${t('roadmap.title')} — ${region.data.name}`,
    breadcrumbs: [{ label: region.data.name, path: region.path }, { label: t('roadmap.title') }],
    description: t('roadmap.description', region.data.name, region.programmes.length),
    chart: roadmapChart(region, lang, dataDay),
    rows: region.dimensions
      .filter((group) => group.programmes.length > 0)
      .map(({ dimension, programmes }) => ({ dimension, dimensionName: nameIn(dimension, lang), programmes })),
  };
}
