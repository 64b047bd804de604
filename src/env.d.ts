/// <reference types="astro/client" />

// `tsc` does not read .astro files (`npm run typecheck`, Astro's own checker, does); this lets
// plain TypeScript modules such as src/components/content/index.ts import components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// What a page's code shares with its layout and components during one render: language, text and
// URLs (src/lib/page-locals.ts, set by src/middleware.ts) and the styles its diagrams need
// (src/lib/security.ts).
declare namespace App {
  // An `extends` clause takes names, not import types: the aliases give the imported types one.
  type PageLocals = import('./lib/page-locals.ts').PageLocals;
  type PortalStyles = import('./lib/security.ts').PortalStyles;
  interface Locals extends PageLocals, PortalStyles {}
}
