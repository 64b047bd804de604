/// <reference types="astro/client" />

// `tsc` does not read .astro files (the Astro language server does); this lets plain TypeScript
// modules such as src/components/content/index.ts import components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// What a page's code shares with its layout and components during one render: language, text and
// URLs (src/lib/page-locals.ts, set by src/middleware.ts) and the styles its diagrams need
// (src/lib/security.ts).
declare namespace App {
  interface Locals extends import('./lib/page-locals.ts').PageLocals, import('./lib/security.ts').PortalStyles {}
}
