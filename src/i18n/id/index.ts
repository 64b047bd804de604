/** The Indonesian dictionary: the portal's own language, and the shape every other language fills (src/i18n/translate.ts). */
import common from './common.ts';
import labels from './labels.ts';
import layout from './layout.ts';
import notFound from './notFound.ts';
import glossaryPage from './glossaryPage.ts';
import about from './about.ts';
import region from './region.ts';
import programme from './programme.ts';
import roadmap from './roadmap.ts';
import regionDimension from './regionDimension.ts';
import national from './national.ts';
import directory from './directory.ts';
import home from './home.ts';
import search from './search.ts';
import compare from './compare.ts';
import progress from './progress.ts';
import data from './data.ts';
import diagram from './diagram.ts';

export const id = { common, labels, layout, notFound, glossaryPage, about, region, programme, roadmap, regionDimension, national, directory, home, search, compare, progress, data, diagram };
export type Dictionary = typeof id;
