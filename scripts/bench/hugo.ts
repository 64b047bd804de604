import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { failedRun, runMeasured, type RunResult } from './process-tree.ts';

/**
 * The yardstick: the same generated content built by Hugo into similar pages (a region page with
 * its profile, bodies, milestones and programme table; a page per programme and per dimension),
 * then indexed by the Pagefind CLI. Hugo is a fast static generator, so "how many times Hugo +
 * Pagefind" says how far our pipeline is from a fast one, on the same machine in the same run.
 */

export interface YardstickResult {
  readonly hugoVersion: string;
  readonly hugo: RunResult;
  readonly pagefind: RunResult;
  readonly pages: number;
  /** Hugo build plus Pagefind indexing, in seconds. */
  readonly pipelineSeconds: number;
}

/** The Hugo binary on PATH, or undefined; the benchmark never installs it. */
export function findHugo(): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, 'hugo');
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const CONFIG = `baseURL = "https://masterplan-terbuka.example/"
languageCode = "id"
title = "Masterplan Terbuka"
# Only the pages the portal has: no taxonomies, feeds or sitemap to build.
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableGitInfo = false
enableRobotsTXT = false
`;

const BASEOF = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ with .Params.name }}{{ . }} — {{ end }}Masterplan Terbuka</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/">Masterplan Terbuka</a></header>
<main data-pagefind-body>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
`;

const LIST = `{{ define "main" }}
{{ if .IsHome }}
<h1>Masterplan Smart City</h1>
<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Params.name }}</a> · {{ .Params.province }}</li>{{ end }}</ul>
{{ else }}
<h1>{{ .Params.name }}</h1>
<p>{{ .Params.province }} · {{ .Params.period.start }}–{{ .Params.period.end }}</p>
<h2>Visi dan misi</h2>
<p>{{ .Params.vision }}</p>
<ol>{{ range .Params.missions }}<li>{{ . }}</li>{{ end }}</ol>
<h2>Ringkasan eksekutif</h2>
{{ .Content }}
<h2>Kelembagaan</h2>
{{ range .Params.bodies }}<h3>{{ .name }}</h3><p>Ketua: {{ .chair }}</p><ul>{{ range .members }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
<h2>Perjalanan masterplan</h2>
<ol>{{ range .Params.milestones }}<li>{{ .date }} · {{ .kind }} · {{ .title }}</li>{{ end }}</ol>
<h2>Program</h2>
<table>
<tr><th>Program</th><th>Dimensi</th><th>Jenis</th><th>Tahun</th><th>Status</th></tr>
{{ range .RegularPages }}{{ if .Params.id }}<tr><td><a href="{{ .RelPermalink }}">{{ .Params.name }}</a></td><td>{{ .Params.dimension }}</td><td>{{ .Params.kind }}</td><td>{{ .Params.startyear }}–{{ .Params.endyear }}</td><td>{{ .Params.status }}</td></tr>{{ end }}{{ end }}
</table>
<h2>Sumber</h2>
<ol>{{ range .Params.sources }}<li>{{ .title }}</li>{{ end }}</ol>
{{ end }}
{{ end }}
`;

const SINGLE = `{{ define "main" }}
<h1>{{ with .Params.name }}{{ . }}{{ else }}{{ .Params.dimension }}{{ end }}</h1>
<dl>
<dt>Dimensi</dt><dd>{{ .Params.dimension }}</dd>
{{ with .Params.element }}<dt>Elemen</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.status }}<dt>Status</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.opd }}<dt>OPD</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.startyear }}<dt>Tahun</dt><dd>{{ . }}–{{ $.Params.endyear }}</dd>{{ end }}
</dl>
{{ .Content }}
{{ with .Params.goals }}<h2>Tujuan</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.readiness }}<h2>Analisis kesiapan</h2>{{ range $key, $items := . }}<h3>{{ $key }}</h3><ul>{{ range $items }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}{{ end }}
{{ with .Params.funding }}<h2>Pendanaan</h2><ul>{{ range . }}<li>{{ .source }} {{ .amount }} {{ .year }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.indicators }}<h2>Indikator</h2><table>{{ range . }}<tr><td>{{ .level }}</td><td>{{ .name }}</td><td>{{ .baseline }}</td><td>{{ .target }} {{ .unit }}</td></tr>{{ end }}</table>{{ end }}
{{ with .Params.progress }}<h2>Kemajuan</h2><ol>{{ range . }}<li>{{ .date }} · {{ .status }} · {{ .percent }}% · {{ .note }}</li>{{ end }}</ol>{{ end }}
{{ with .Params.sources }}<h2>Sumber</h2><ol>{{ range . }}<li>{{ .title }}</li>{{ end }}</ol>{{ end }}
{{ end }}
`;

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem}\n';

/**
 * Writes a Hugo site into `siteDir` from `<contentRoot>/content`: the region file becomes the
 * section page (`_index.md`), every other file keeps its place, all as `.md`.
 */
async function writeHugoSite(contentRoot: string, siteDir: string): Promise<void> {
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(path.join(siteDir, 'layouts', '_default'), { recursive: true });
  await mkdir(path.join(siteDir, 'static'), { recursive: true });
  await writeFile(path.join(siteDir, 'hugo.toml'), CONFIG);
  await writeFile(path.join(siteDir, 'layouts', '_default', 'baseof.html'), BASEOF);
  await writeFile(path.join(siteDir, 'layouts', '_default', 'list.html'), LIST);
  await writeFile(path.join(siteDir, 'layouts', '_default', 'single.html'), SINGLE);
  await writeFile(path.join(siteDir, 'static', 'style.css'), STYLE);
  const target = path.join(siteDir, 'content');
  await cp(path.join(contentRoot, 'content'), target, { recursive: true });
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    // A region's index is Hugo's section page; the generator writes no .mdx.
    if (!entry.isFile() || entry.name !== 'index.md') continue;
    await rename(path.join(entry.parentPath, entry.name), path.join(entry.parentPath, '_index.md'));
  }
}

export async function runYardstick(hugo: string, contentRoot: string, workDir: string, repoRoot: string): Promise<YardstickResult> {
  const siteDir = path.join(workDir, 'hugo-site');
  await writeHugoSite(contentRoot, siteDir);
  const publicDir = path.join(siteDir, 'public');
  // Hugo reads nothing from the network: no modules, no remote resources in these templates.
  const env = { ...process.env, HUGO_ENVIRONMENT: 'production' };
  const version = await runMeasured(hugo, ['version'], { cwd: siteDir, env, logFile: path.join(workDir, 'hugo-version.log'), keepLines: /hugo/i });
  // Hugo's cache would otherwise go to <tmpdir>/hugo_cache and outlive the temporary folder.
  const hugoRun = await runMeasured(hugo, ['--source', siteDir, '--destination', publicDir, '--cacheDir', path.join(siteDir, '.hugo-cache'), '--quiet'], {
    cwd: siteDir,
    env,
    logFile: path.join(workDir, 'hugo-build.log'),
    keepLines: /ERROR|WARN/,
  });
  if (hugoRun.exitCode !== 0) throw await failedRun('hugo', hugoRun.exitCode, path.join(workDir, 'hugo-build.log'));
  // The same Pagefind as the portal, through its npm wrapper, in the same language mode.
  const pagefindBin = path.join(repoRoot, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const pagefindRun = await runMeasured(process.execPath, [pagefindBin, '--site', publicDir, '--force-language', 'id'], {
    cwd: siteDir,
    env: process.env,
    logFile: path.join(workDir, 'hugo-pagefind.log'),
    keepLines: /Indexed|pages|Error/i,
  });
  if (pagefindRun.exitCode !== 0) throw await failedRun('pagefind', pagefindRun.exitCode, path.join(workDir, 'hugo-pagefind.log'));
  const html = (await readdir(publicDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  return {
    hugoVersion: version.lines[0]?.text.trim() ?? 'unknown',
    hugo: hugoRun,
    pagefind: pagefindRun,
    pages: html.length,
    pipelineSeconds: hugoRun.seconds + pagefindRun.seconds,
  };
}
