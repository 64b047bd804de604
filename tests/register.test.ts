import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadRegister, parseRegister, REGISTER_FILE } from '../src/lib/register/register.ts';

const register = loadRegister();
const summary = (found: readonly { code: string; name: string }[]): string[] => found.map((region) => `${region.code} ${region.name}`);

describe('data/wilayah', () => {
  it('holds 38 provinces and 514 kabupaten/kota, 416 kabupaten and 98 kota, as its README says', async () => {
    expect(register.provinces).toHaveLength(38);
    expect(register.regions).toHaveLength(514);
    expect(register.regions.filter((region) => region.type === 'kabupaten')).toHaveLength(416);
    expect(register.regions.filter((region) => region.type === 'kota')).toHaveLength(98);
    const readme = await readFile('data/wilayah/README.md', 'utf8');
    expect(readme).toContain('38 provinsi, 514 kabupaten/kota (416 kabupaten, 98 kota)');
    expect(readme).toContain('b7ad440');
    expect(readme).toContain('Kepmendagri No. 300.2.2-2138 Tahun 2025');
  });

  it('carries the MIT licence notice of its source', async () => {
    const licence = await readFile('data/wilayah/LICENSE', 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2017-2025 Cahya DSN\n/);
    expect(licence).toContain('The above copyright notice and this permission notice shall be included in all');
  });

  it('numbers kabupaten 01–69 and kota 71–99, each inside its province', () => {
    for (const region of register.regions) {
      const number = Number(region.code.slice(3));
      expect(region.type === 'kota' ? number >= 71 : number <= 69, `${region.code} ${region.name}`).toBe(true);
      expect(region.code.startsWith(`${region.province.code}.`)).toBe(true);
    }
    expect(new Set(register.regions.map((region) => region.code)).size).toBe(514);
  });

  it('gives every region a unique slug that starts with its type and is a valid slug', () => {
    expect(new Set(register.regions.map((region) => region.slug)).size).toBe(514);
    for (const region of register.regions) expect(region.slug).toMatch(new RegExp(`^${region.type}-[a-z0-9]+(?:-[a-z0-9]+)*$`));
  });
});

describe('loadRegister', () => {
  it('finds a region by code and by slug', () => {
    expect(register.bySlug('kota-balikpapan')?.code).toBe('64.71');
    expect(register.byCode('64.71')).toEqual({
      code: '64.71',
      name: 'Kota Balikpapan',
      type: 'kota',
      shortName: 'Balikpapan',
      slug: 'kota-balikpapan',
      province: { code: '64', name: 'Kalimantan Timur', slug: 'kalimantan-timur' },
    });
    expect(register.byCode('64.99')).toBeUndefined();
    expect(register.bySlug('balikpapan')).toBeUndefined();
  });

  it('finds a region by name with or without its type, in any case', () => {
    expect(summary(register.find('Balikpapan'))).toEqual(['64.71 Kota Balikpapan']);
    expect(summary(register.find('kabupaten buleleng'))).toEqual(['51.08 Kabupaten Buleleng']);
    expect(summary(register.find('Kab. Buleleng'))).toEqual(['51.08 Kabupaten Buleleng']);
    expect(summary(register.find('  KOTA   balikpapan '))).toEqual(['64.71 Kota Balikpapan']);
    expect(summary(register.find('kota-samarinda'))).toEqual(['64.72 Kota Samarinda']);
  });

  it('returns both regions when a kota and a kabupaten share a name, and none for an unknown name', () => {
    expect(summary(register.find('Bandung'))).toEqual(['32.04 Kabupaten Bandung', '32.73 Kota Bandung']);
    expect(summary(register.find('Kota Bandung'))).toEqual(['32.73 Kota Bandung']);
    expect(register.find('Balikpapn')).toEqual([]);
    expect(register.find('Jakarta')).toEqual([]);
  });

  it('places Mimika under Papua Tengah, code 94.04, since the 2022 split', () => {
    const [mimika] = register.find('Mimika');
    expect(mimika).toMatchObject({ code: '94.04', name: 'Kabupaten Mimika', slug: 'kabupaten-mimika' });
    expect(mimika?.province.name).toBe('Papua Tengah');
    expect(register.byCode('91.09')?.name).not.toBe('Kabupaten Mimika');
  });

  it('names the Jakarta administrative cities by their place, without "Administrasi" in the slug', () => {
    const pusat = register.byCode('31.71');
    expect(pusat).toMatchObject({ name: 'Kota Administrasi Jakarta Pusat', type: 'kota', shortName: 'Jakarta Pusat', slug: 'kota-jakarta-pusat' });
    // The source has a stray space after this one name.
    expect(register.byCode('31.72')).toMatchObject({ name: 'Kota Administrasi Jakarta Utara', slug: 'kota-jakarta-utara' });
    expect(register.byCode('31.01')).toMatchObject({ type: 'kabupaten', shortName: 'Kepulauan Seribu', slug: 'kabupaten-kepulauan-seribu' });
    for (const query of ['Jakarta Pusat', 'Kota Jakarta Pusat', 'kota administrasi jakarta pusat']) {
      expect(summary(register.find(query)), query).toEqual(['31.71 Kota Administrasi Jakarta Pusat']);
    }
  });

  it('slugifies names with dots, hyphens, apostrophes and accents cleanly', () => {
    expect(register.byCode('71.09')).toMatchObject({ name: 'Kabupaten Kep. Siau Tagulandang Biaro', slug: 'kabupaten-kepulauan-siau-tagulandang-biaro' });
    expect(summary(register.find('Kepulauan Siau Tagulandang Biaro'))).toEqual(['71.09 Kabupaten Kep. Siau Tagulandang Biaro']);
    expect(register.find('Toli-Toli')[0]?.slug).toBe('kabupaten-toli-toli');
    const made = parseRegister(['99\tProvinsi Uji', "99.01\tKabupaten Jum'at Barat", '99.71\tKota Bau–Bau', '99.72\tKota Séhat Jaya.'].join('\n'));
    expect(made.regions.map((region) => region.slug)).toEqual(['kabupaten-jumat-barat', 'kota-bau-bau', 'kota-sehat-jaya']);
    expect(made.find('jumat barat')[0]?.code).toBe('99.01');
    expect(made.find('kota sehat jaya')[0]?.code).toBe('99.72');
  });

  it('refuses a malformed register line, naming the line', () => {
    expect(() => parseRegister('64\tKalimantan Timur\n64.71 Kota Balikpapan')).toThrow(`${REGISTER_FILE}:2: expected "code<TAB>name", found "64.71 Kota Balikpapan"`);
    expect(() => parseRegister('64\tKalimantan Timur\n64.71\tKota \u202EnapapkilaB')).toThrow(`${REGISTER_FILE}:2: name holds the invisible character U+202E`);
    expect(() => parseRegister('6471\tKota Balikpapan')).toThrow(`${REGISTER_FILE}:1: "6471" is not a province (NN) or kabupaten/kota (NN.NN) code`);
    expect(() => parseRegister('64.71\tKota Balikpapan')).toThrow(`${REGISTER_FILE}:1: region 64.71 comes before its province 64`);
    expect(() => parseRegister('64\tKalimantan Timur\n64.71\tKecamatan Balikpapan')).toThrow(`${REGISTER_FILE}:2: "Kecamatan Balikpapan" does not start with Kota or Kabupaten`);
  });
});
