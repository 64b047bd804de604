import { formatDate, formatNumber, formatRupiah, formatYears } from '../i18n/format.ts';
import { DEFAULT_LANG, translator, type Lang, type Translate } from '../i18n/index.ts';
import type { DataVersion } from './history/log.ts';
import type { RegionModel } from './model.ts';
import { absoluteUrl, localPath, type SiteAddress } from './routes.ts';

/**
 * What every page and component of one rendered page shares through `Astro.locals`, set once by
 * src/middleware.ts from the page's language (Astro's i18n routing): its language, `t()` for its
 * text, formatters in its language and URL builders under the configured base path. Components
 * read these instead of taking a `lang` prop from their parent.
 */
export interface PageLocals {
  readonly lang: Lang;
  readonly t: Translate;
  readonly format: {
    readonly number: (value: number) => string;
    readonly rupiah: (amount: number) => string;
    /** `2019-07-09` → "9 Juli 2019". */
    readonly date: (date: string) => string;
    /** A year span, or "Belum tersedia" where it is unknown. */
    readonly years: (span: { readonly start: number; readonly end: number } | undefined) => string;
  };
  /** A language-neutral path (src/lib/routes.ts) as a link from this page: base path and language prefix added. */
  readonly url: (path: string, lang?: Lang) => string;
  /** The full address of a path, for permalinks and `<link rel>`. */
  readonly absoluteUrl: (path: string, lang?: Lang) => string;
  /** A file served the same for every language (favicon, images of public/): base path added, no language prefix. */
  readonly fileUrl: (path: string) => string;
  /**
   * The version of the data this build publishes (`model.version`: the newest commit that changed
   * content/ or data/), for the footer of every page and the data page; undefined without git.
   */
  readonly dataVersion: DataVersion | undefined;
  /**
   * Set by a page before it renders a content body: the region whose programmes `<ProgramRef>`
   * links to. MDX gives body components only the props the author wrote, so the page hands the
   * region over here rather than the component looking it up.
   */
  bodyRegion?: RegionModel;
}

export function pageLocals(lang: Lang, address: SiteAddress, dataVersion?: DataVersion): PageLocals {
  const t = translator(lang);
  return {
    lang,
    t,
    format: {
      number: (value) => formatNumber(value, lang),
      rupiah: (amount) => formatRupiah(amount, lang),
      date: (date) => formatDate(date, lang),
      years: (span) => (span ? formatYears(span) : t('common.notAvailable')),
    },
    url: (path, to = lang) => localPath(path, to, address.base),
    absoluteUrl: (path, to = lang) => absoluteUrl(path, to, address),
    fileUrl: (path) => localPath(path, DEFAULT_LANG, address.base),
    dataVersion,
  };
}
