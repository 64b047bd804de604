import { describe, expect, it } from 'vitest';
import { pageKind, sweepSample, type BuiltPage } from './helpers/page-sample.ts';

const site: BuiltPage[] = [
  { url: '/', bytes: 10 },
  { url: '/en/', bytes: 10 },
  ...['kota-a', 'kota-b', 'kabupaten-c'].flatMap((region, index) => [
    { url: `/${region}/`, bytes: 100 + index },
    { url: `/en/${region}/`, bytes: 100 + index },
    ...Array.from({ length: 20 }, (_, n) => ({ url: `/${region}/program/p-${n}/`, bytes: 50 + n })),
  ]),
];

describe('the pages a whole-site sweep visits', () => {
  it('groups pages into kinds by their URL pattern, language kept', () => {
    expect(pageKind('/en/kota-contoh/program/e-warga/')).toBe('/en/{daerah}/program/{id}/');
    expect(pageKind('/kabupaten-buleleng/dimensi/smart-living/')).toBe('/{daerah}/dimensi/{dimensi}/');
    expect(pageKind('/dimensi/smart-living/')).toBe('/dimensi/{dimensi}/');
    expect(pageKind('/dimensi/smart-living/jawa-tengah/')).toBe('/dimensi/{dimensi}/{provinsi}/');
    expect(pageKind('/en/dimensi/smart-living/provinsi-contoh/')).toBe('/en/dimensi/{dimensi}/{provinsi}/');
    expect(pageKind('/en/daerah/provinsi/jawa-tengah/')).toBe('/en/daerah/provinsi/{provinsi}/');
    expect(pageKind('/daerah/kohort/2018/')).toBe('/daerah/kohort/{kohort}/');
    expect(pageKind('/cari/')).toBe('/cari/');
  });

  it('takes the largest page of every kind plus eight more drawn by the seed', () => {
    const sample = sweepSample(site, 1);
    expect(sample).toEqual(expect.arrayContaining(['/', '/en/', '/kabupaten-c/', '/en/kabupaten-c/', '/kabupaten-c/program/p-19/']));
    expect(sample).toHaveLength(5 + 8);
    expect(sweepSample(site, 1)).toEqual(sample);
    expect(sweepSample(site, 2)).not.toEqual(sample);
  });

  it('visits every page when asked to', () => {
    expect(sweepSample(site, 1, true)).toHaveLength(site.length);
  });
});
