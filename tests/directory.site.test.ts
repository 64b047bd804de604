import { access } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasDisagreement, loadCohorts, type CohortClaim } from '../src/lib/cohorts.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { loadRegister, type RegisteredRegion } from '../src/lib/register/register.ts';
import { builtSite, mainText, page } from './helpers/site.ts';
import { modelOf } from './helpers/model.ts';

const register = loadRegister();
const cohorts = loadCohorts();
const claimsByCode = cohorts.claimsByCode();
/** Real content regions by Kemendagri code: slug and programme count. */
let folders: Map<string, { slug: string; programmes: number }>;

beforeAll(async () => {
  const model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
  folders = new Map(model.national.regions.map((region) => [region.data.code!, { slug: region.slug, programmes: region.programmes.length }]));
});

interface Listed {
  /** The province heading the region is listed under ('' on a province page, which has none). */
  readonly province: string;
  readonly name: string;
  readonly code: string;
  readonly href: string | undefined;
  readonly status: string;
  /** The line under the name: code, status, cohort years. */
  readonly details: string;
}

/** The regions a directory page lists, each with the province heading above it. */
function listed(html: string): Listed[] {
  const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
  const list = main.slice(main.indexOf('id="daftar"'));
  // Split before each province heading; a province page has one list and no heading.
  const chunks = list.split(/(?=<h3 id="provinsi-)/);
  return chunks.flatMap((chunk) => {
    const heading = /^<h3 id="provinsi-[^"]+"[^>]*>([\s\S]*?)<\/h3>/.exec(chunk);
    const province = heading ? mainText(`<main>${heading[1]!.replace(/<span[\s\S]*<\/span>/, '')}</main>`) : '';
    return [...chunk.matchAll(/<li data-status="([a-z]+)"[^>]*>([\s\S]*?)<small[^>]*>([\s\S]*?)<\/small>\s*<\/li>/g)].map(([, status, name, small]) => {
      const details = mainText(`<main>${small}</main>`);
      return { province, name: mainText(`<main>${name}</main>`), code: details.split(' · ')[0]!, href: /href="([^"]+)"/.exec(name!)?.[1], status: status!, details };
    });
  });
}

const codesOf = (entries: readonly { code: string }[]): string[] => entries.map((entry) => entry.code).sort();
const yearsOf = (claims: readonly CohortClaim[] = []): number[] => [...new Set(claims.map((claim) => claim.year))].sort((a, b) => a - b);

async function exists(urlPath: string): Promise<boolean> {
  return access(path.join(builtSite(), urlPath, 'index.html')).then(
    () => true,
    () => false,
  );
}

/** The page address a register entry should link to, if it has a page. */
function expectedPage(region: RegisteredRegion): string | undefined {
  const folder = folders.get(region.code);
  if (folder) return `/${folder.slug}/`;
  return claimsByCode.has(region.code) ? `/${region.slug}/` : undefined;
}

function expectedStatus(region: RegisteredRegion): string {
  const folder = folders.get(region.code);
  if (folder) return folder.programmes > 0 ? 'programmes' : 'facts';
  return claimsByCode.has(region.code) ? 'participant' : 'none';
}

/** The count shown beside a filter link, e.g. `<a href="/daerah/status/peserta/">Peserta</a><span class="count">50</span>`. */
function countBeside(html: string, href: string): number {
  const match = new RegExp(`<a href="${href}"[^>]*>[^<]*</a>\\s*<span class="count"[^>]*>([^<]+)</span>`).exec(html);
  expect(match, `count beside ${href}`).not.toBeNull();
  return Number(match![1]!.replace(/\./g, ''));
}

describe('/daerah/', () => {
  it('lists all 514 kabupaten/kota under their provinces, with the register’s codes and names', async () => {
    const html = await page('/daerah/');
    const entries = listed(html);
    expect(entries).toHaveLength(514);
    expect(entries.map((entry) => `${entry.code} ${entry.name} · ${entry.province}`).sort()).toEqual(
      register.regions.map((region) => `${region.code} ${region.name} · ${region.province.name}`).sort(),
    );
    expect(mainText(html)).toContain('Semua 514 kabupaten dan kota');
  });

  it('gives each region its status, links it to its page when it has one, and every link works', async () => {
    const entries = new Map(listed(await page('/daerah/')).map((entry) => [entry.code, entry]));
    for (const region of register.regions) {
      const entry = entries.get(region.code)!;
      expect(entry.status, region.name).toBe(expectedStatus(region));
      expect(entry.href, region.name).toBe(expectedPage(region));
      if (entry.href) expect(await exists(entry.href), entry.href).toBe(true);
      const years = yearsOf(claimsByCode.get(region.code));
      if (years.length > 0) expect(entry.details, region.name).toContain(`Angkatan ${years.join(', ')}`);
      expect(entry.details.includes('Sumber berbeda pendapat'), region.name).toBe(hasDisagreement(claimsByCode.get(region.code) ?? []));
    }
  });

  it('counts the regions of each status and of each cohort year at the top, matching its list', async () => {
    const html = await page('/daerah/');
    const entries = listed(html);
    expect(countBeside(html, '/daerah/')).toBe(514);
    const statuses = { none: 'belum-tercatat', participant: 'peserta', facts: 'fakta', programmes: 'program' } as const;
    for (const [status, segment] of Object.entries(statuses)) {
      expect(countBeside(html, `/daerah/status/${segment}/`), status).toBe(entries.filter((entry) => entry.status === status).length);
    }
    for (const year of yearsOf(cohorts.claims)) {
      const regions = new Set(cohorts.claims.filter((claim) => claim.year === year).map((claim) => claim.code));
      expect(countBeside(html, `/daerah/kohort/${year}/`), String(year)).toBe(regions.size);
    }
  });

  it('names the provinces without a participating region', async () => {
    const html = await page('/daerah/');
    const paragraph = /<p[^>]*>\s*<strong[^>]*>Provinsi tanpa daerah peserta[\s\S]*?<\/p>/.exec(html);
    expect(paragraph).not.toBeNull();
    // mainText puts a space where each link ends; the page reads "Bengkulu, Lampung".
    const text = mainText(`<main>${paragraph![0]}</main>`).replace(/ ,/g, ',');
    const without = register.provinces.filter((province) =>
      register.regions.every((region) => region.province.code !== province.code || expectedStatus(region) === 'none'),
    );
    expect(text).toBe(`Provinsi tanpa daerah peserta (${without.length}): ${without.map((province) => province.name).join(', ') || 'tidak ada'}`);
  });
});

describe('the directory’s filter pages', () => {
  const filterPages = (): { path: string; codes: string[] }[] => [
    ...register.provinces.map((province) => ({
      path: `/daerah/provinsi/${province.slug}/`,
      codes: register.regions.filter((region) => region.province.code === province.code).map((region) => region.code),
    })),
    ...yearsOf(cohorts.claims).map((year) => ({
      path: `/daerah/kohort/${year}/`,
      codes: [...new Set(cohorts.claims.filter((claim) => claim.year === year).map((claim) => claim.code))],
    })),
    ...(['none', 'participant', 'facts', 'programmes'] as const).map((status) => ({
      path: `/daerah/status/${{ none: 'belum-tercatat', participant: 'peserta', facts: 'fakta', programmes: 'program' }[status]}/`,
      codes: register.regions.filter((region) => expectedStatus(region) === status).map((region) => region.code),
    })),
  ];

  it('has a page for every province, cohort year and status, linked from /daerah/, listing exactly its selection', async () => {
    const directory = await page('/daerah/');
    for (const { path: urlPath, codes } of filterPages()) {
      expect(directory, `/daerah/ links ${urlPath}`).toContain(`href="${urlPath}"`);
      const html = await page(urlPath);
      expect(codesOf(listed(html)), urlPath).toEqual([...codes].sort());
      // The page marks its own filter as the current one, and only that one.
      const filters = html.slice(html.indexOf('id="saringan"'), html.indexOf('id="daftar"'));
      expect(filters.match(/aria-current="page"/g)?.length, urlPath).toBe(1);
      expect(filters, urlPath).toMatch(new RegExp(`<a href="${urlPath}" aria-current="page"`));
      expect(await exists(`/en${urlPath}`), `/en${urlPath}`).toBe(true);
    }
  });

  it('works without JavaScript: no page of the directory carries a script but the print date every page has', async () => {
    for (const urlPath of ['/daerah/', '/en/daerah/', ...filterPages().map((filter) => filter.path)]) {
      const scripts = [...(await page(urlPath)).matchAll(/<script\b[^>]*>/g)].map((tag) => tag[0]);
      expect(scripts, urlPath).toEqual([expect.stringMatching(/src="[^"]*\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"/)]);
    }
  });
});

describe('the page of a participating region without a content folder', () => {
  const participants = (): RegisteredRegion[] => register.regions.filter((region) => claimsByCode.has(region.code) && !folders.has(region.code));

  it('exists for every participant, in both languages', async () => {
    expect(participants().length).toBeGreaterThan(0);
    for (const region of participants()) {
      expect(await exists(`/${region.slug}/`), region.slug).toBe(true);
      expect(await exists(`/en/${region.slug}/`), region.slug).toBe(true);
    }
  });

  it('shows the register’s facts, each cohort claim with its sources, disagreement when years differ, and what is not known yet', async () => {
    for (const region of participants()) {
      const html = await page(`/${region.slug}/`);
      const text = mainText(html);
      expect(text, region.slug).toContain(`${region.name} ${region.province.name}`);
      expect(text, region.slug).toContain(`Kode wilayah (Kemendagri) ${region.code}`);
      const claims = claimsByCode.get(region.code)!;
      for (const claim of claims) {
        expect(html, region.slug).toContain(`href="/daerah/kohort/${claim.year}/"`);
        expect(text, region.slug).toContain(`Angkatan ${claim.year}`);
        for (const id of claim.sources) {
          const source = cohorts.sourceById(id)!;
          expect(text, `${region.slug} cites ${id}`).toContain(source.title);
          expect(html, `${region.slug} links ${id}`).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
        }
      }
      expect(text.includes('Sumber berbeda pendapat'), region.slug).toBe(hasDisagreement(claims));
      expect(text, region.slug).toContain('Yang belum diketahui');
      expect(text, region.slug).toContain('periode masterplan');
      expect(html, region.slug).toContain('href="/tentang/#kontribusi"');
    }
  });
});

describe('the page of a region with a content folder', () => {
  it('shows its cohort claims with their sources', async () => {
    const withClaims = [...folders].filter(([code]) => claimsByCode.has(code));
    expect(withClaims.length).toBeGreaterThan(0);
    for (const [code, { slug }] of withClaims) {
      const text = mainText(await page(`/${slug}/`));
      for (const claim of claimsByCode.get(code)!) {
        expect(text, slug).toContain(`Angkatan ${claim.year}`);
        for (const id of claim.sources) expect(text, `${slug} cites ${id}`).toContain(cohorts.sourceById(id)!.title);
      }
    }
  });
});
