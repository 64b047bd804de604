import { MOVED_PATHS, localPath, type MovedPath } from './routes.ts';

/**
 * The `_redirects` file: the addresses that moved (`MOVED_PATHS` in src/lib/routes.ts) as
 * permanent redirects, in the syntax Netlify, Cloudflare Pages and GitLab Pages read. A folder that
 * moved (`/data/regions/*`) keeps the rest of the path through `:splat`. docs/hosting.md turns the
 * same file into nginx and Apache rules.
 */
export function redirectsFile(base: string, moved: readonly MovedPath[] = MOVED_PATHS): string {
  const rule = (entry: MovedPath): string => {
    const to = isFolder(entry) ? entry.to.replace(/\*$/, ':splat') : entry.to;
    return `${localPath(entry.from, 'id', base)} ${localPath(to, 'id', base)} 301`;
  };
  // Cloudflare wants single addresses before patterns; elsewhere the order does not matter.
  const ordered = [...moved.filter((entry) => !isFolder(entry)), ...moved.filter(isFolder)];
  return ['# Alamat yang pindah / addresses that moved (src/lib/routes.ts, MOVED_PATHS)', ...ordered.map(rule), ''].join('\n');
}

const isFolder = (entry: MovedPath): boolean => entry.from.endsWith('/*');
