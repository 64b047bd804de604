/** One step of a page's breadcrumb trail (src/components/Breadcrumbs.astro). */
export interface Crumb {
  readonly label: string;
  /** Language-neutral path (src/lib/routes.ts); none for the current page, the last crumb. */
  readonly path?: string;
}
