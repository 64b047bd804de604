import type { DataVersion } from '../history/log.ts';
import type { Source } from '../schema/common.ts';

/**
 * What CiteBox needs besides the reader's date and the site's address, for any page that cites
 * one content file (a programme, a region): the page's path (CiteBox makes it absolute), the
 * citation's parts, the data version cited and the original sources of the page's facts, so a
 * journalist quotes the source and not only the portal.
 */
export interface Citation {
  readonly path: string;
  readonly title: string;
  /** What the title belongs to, e.g. a programme's region ("Kota Contoh (daerah fiktif)"); undefined on the region's own page. */
  readonly context: string | undefined;
  /** The data version the page shows (`model.version`); undefined when the build had no git history. */
  readonly version: DataVersion | undefined;
  /** The sources the content file names, in its order. */
  readonly sources: readonly Source[];
  /** The id of the citation's text field, unique across the portal. */
  readonly fieldId: string;
}
