import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content/problem.ts';
import { regionSearchRecord } from '../src/lib/search-record.ts';
import { REGION_LINES, checkFixture, text, validRegion, withLine } from './helpers/content-fixture.ts';
import { modelOf } from './helpers/model.ts';

/** A real region as the register has it: Kota Balikpapan, 64.71, with one source. */
const BALIKPAPAN = [
  '---',
  'slug: kota-balikpapan',
  'name: Kota Balikpapan',
  'type: kota',
  'province: Kalimantan Timur',
  'code: "64.71"',
  'sources:',
  '  - title: Rilis bimtek Gerakan Menuju 100 Smart City',
  '    outlet: Diskominfo Balikpapan',
  '---',
  'Ringkasan.',
];

/** Every problem as the terminal shows it, for the region file written to `folder`. */
async function checkOutput(lines: readonly string[], folder = 'kota-balikpapan'): Promise<string[]> {
  const { problems } = await checkFixture({ [`${folder}/index.md`]: text(lines) });
  return problems.map(formatProblem);
}

describe('real regions against the national register', () => {
  it('accepts a region whose slug, name, type, province and code are the register’s', async () => {
    expect(await checkOutput(BALIKPAPAN)).toEqual([]);
  });

  it('leaves a fictional region alone: it needs no code and is not in the register', async () => {
    const { problems } = await checkFixture(validRegion());
    expect(problems).toEqual([]);
  });

  it('requires a code on a real region, and names the code its slug points to', async () => {
    expect(await checkOutput(withLine(BALIKPAPAN, 'code:', []))).toEqual([
      [
        'content/kota-balikpapan/index.md:2 › code',
        '  ✗ Daerah nyata wajib mengisi code, kode wilayah Kemendagri (NN.NN).',
        '    A real region needs code, its Kemendagri region code (NN.NN).',
        '    Petunjuk: Menurut daftar Kemendagri, Kota Balikpapan berkode 64.71: tulis code: "64.71".',
        '    Hint: In the Kemendagri register, Kota Balikpapan has code 64.71: write code: "64.71".',
      ].join('\n'),
    ]);
  });

  it('says where to look a code up when nothing in the region points to one', async () => {
    const lines = withLine(withLine(REGION_LINES, 'fictional:', 'fictional: false'), 'province:', ['province: Provinsi Uji', 'sources:', '  - title: Sumber']);
    const { problems } = await checkFixture({ 'kota-uji/index.md': text(lines) });
    expect(problems.map((problem) => ({ field: problem.field, message: problem.message.id, hint: problem.hint?.id }))).toEqual([
      {
        field: 'code',
        message: 'Daerah nyata wajib mengisi code, kode wilayah Kemendagri (NN.NN).',
        hint: 'Cari kodenya di data/wilayah/kode-wilayah-2025.tsv, atau tulis fictional: true untuk data contoh.',
      },
    ]);
  });

  it('refuses a code the register does not have, suggesting the region’s own', async () => {
    expect(await checkOutput(withLine(BALIKPAPAN, 'code:', 'code: "64.17"'))).toEqual([
      [
        'content/kota-balikpapan/index.md:6 › code',
        '  ✗ Kode wilayah "64.17" tidak ada di daftar Kemendagri.',
        '    Region code "64.17" is not in the Kemendagri register.',
        '    Petunjuk: Menurut daftar Kemendagri, Kota Balikpapan berkode 64.71: tulis code: "64.71".',
        '    Hint: In the Kemendagri register, Kota Balikpapan has code 64.71: write code: "64.71".',
      ].join('\n'),
    ]);
  });

  it('names the official name for a misspelt name, with a did-you-mean', async () => {
    expect(await checkOutput(withLine(BALIKPAPAN, 'name:', 'name: Kota Balikpapn'))).toEqual([
      [
        'content/kota-balikpapan/index.md:3 › name',
        '  ✗ Nama "Kota Balikpapn" tidak sesuai daftar Kemendagri: nama resmi kode 64.71 adalah "Kota Balikpapan".',
        '    Name "Kota Balikpapn" does not match the Kemendagri register: the official name for code 64.71 is "Kota Balikpapan".',
        '    Petunjuk: Mungkin maksud Anda "Kota Balikpapan"?',
        '    Hint: Did you mean "Kota Balikpapan"?',
      ].join('\n'),
    ]);
  });

  it('suspects the code when the name is another registered region', async () => {
    expect(await checkOutput(withLine(BALIKPAPAN, 'name:', 'name: Kota Samarinda'))).toEqual([
      [
        'content/kota-balikpapan/index.md:3 › name',
        '  ✗ Nama "Kota Samarinda" tidak sesuai daftar Kemendagri: nama resmi kode 64.71 adalah "Kota Balikpapan".',
        '    Name "Kota Samarinda" does not match the Kemendagri register: the official name for code 64.71 is "Kota Balikpapan".',
        '    Petunjuk: "Kota Samarinda" adalah Kota Samarinda, kode 64.72: bila itu daerahnya, ganti code menjadi "64.72".',
        '    Hint: "Kota Samarinda" is Kota Samarinda, code 64.72: if that is the region, change code to "64.72".',
      ].join('\n'),
    ]);
  });

  it('suspects the code when the slug is another registered region’s', async () => {
    const output = await checkOutput(withLine(BALIKPAPAN, 'slug:', 'slug: kota-samarinda'), 'kota-samarinda');
    expect(output).toEqual([
      [
        'content/kota-samarinda/index.md:2 › slug',
        '  ✗ Slug "kota-samarinda" tidak sesuai daftar Kemendagri: kode 64.71 (Kota Balikpapan) ber-slug "kota-balikpapan".',
        '    Slug "kota-samarinda" does not match the Kemendagri register: code 64.71 (Kota Balikpapan) has the slug "kota-balikpapan".',
        '    Petunjuk: "kota-samarinda" adalah Kota Samarinda, kode 64.72: bila itu daerahnya, ganti code menjadi "64.72".',
        '    Hint: "kota-samarinda" is Kota Samarinda, code 64.72: if that is the region, change code to "64.72".',
      ].join('\n'),
    ]);
  });

  it('offers a did-you-mean for a misspelt slug', async () => {
    const output = await checkOutput(withLine(BALIKPAPAN, 'slug:', 'slug: kota-balikpapn'), 'kota-balikpapn');
    expect(output).toEqual([
      [
        'content/kota-balikpapn/index.md:2 › slug',
        '  ✗ Slug "kota-balikpapn" tidak sesuai daftar Kemendagri: kode 64.71 (Kota Balikpapan) ber-slug "kota-balikpapan".',
        '    Slug "kota-balikpapn" does not match the Kemendagri register: code 64.71 (Kota Balikpapan) has the slug "kota-balikpapan".',
        '    Petunjuk: Mungkin maksud Anda "kota-balikpapan"? Ganti juga nama foldernya.',
        '    Hint: Did you mean "kota-balikpapan"? Rename the folder too.',
      ].join('\n'),
    ]);
  });

  it('names the register’s type and province', async () => {
    const lines = withLine(withLine(withLine(BALIKPAPAN, 'type:', 'type: kabupaten'), 'slug:', 'slug: kabupaten-balikpapan'), 'province:', 'province: Kalimantan Timr');
    const { problems } = await checkFixture({ 'kabupaten-balikpapan/index.md': text(lines) });
    expect(problems.map((problem) => ({ line: problem.line, field: problem.field, message: problem.message, hint: problem.hint }))).toEqual([
      {
        line: 2,
        field: 'slug',
        message: {
          id: 'Slug "kabupaten-balikpapan" tidak sesuai daftar Kemendagri: kode 64.71 (Kota Balikpapan) ber-slug "kota-balikpapan".',
          en: 'Slug "kabupaten-balikpapan" does not match the Kemendagri register: code 64.71 (Kota Balikpapan) has the slug "kota-balikpapan".',
        },
        hint: { id: 'Ganti slug dan nama foldernya menjadi kota-balikpapan.', en: 'Change the slug and the folder name to kota-balikpapan.' },
      },
      {
        line: 4,
        field: 'type',
        message: {
          id: 'Jenis "kabupaten" tidak sesuai daftar Kemendagri: kode 64.71 (Kota Balikpapan) berjenis kota.',
          en: 'Type "kabupaten" does not match the Kemendagri register: code 64.71 (Kota Balikpapan) is a kota.',
        },
        hint: undefined,
      },
      {
        line: 5,
        field: 'province',
        message: {
          id: 'Provinsi "Kalimantan Timr" tidak sesuai daftar Kemendagri: kode 64.71 (Kota Balikpapan) ada di provinsi "Kalimantan Timur".',
          en: 'Province "Kalimantan Timr" does not match the Kemendagri register: code 64.71 (Kota Balikpapan) is in the province "Kalimantan Timur".',
        },
        hint: { id: 'Mungkin maksud Anda "Kalimantan Timur"?', en: 'Did you mean "Kalimantan Timur"?' },
      },
    ]);
  });

  it('holds the four real regions first on the portal to the register', async () => {
    const codes = { 'kota-balikpapan': '64.71', 'kota-samarinda': '64.72', 'kota-bontang': '64.74', 'kabupaten-buleleng': '51.08' };
    const files = Object.fromEntries(await Promise.all(Object.keys(codes).map(async (slug) => [`${slug}/index.md`, await readFile(`content/${slug}/index.md`, 'utf8')])));
    const checked = await checkFixture(files);
    expect(checked.problems).toEqual([]);
    const model = modelOf(checked);
    for (const [slug, code] of Object.entries(codes)) expect(model?.regionBySlug(slug)?.data.code, slug).toBe(code);
  });
});

describe('search names of a registered region', () => {
  it('indexes the spelled-out name where the official one abbreviates it, and nothing more for the others', async () => {
    const siau = (
      [
        ['slug:', 'slug: kabupaten-kepulauan-siau-tagulandang-biaro'],
        ['name:', 'name: Kabupaten Kep. Siau Tagulandang Biaro'],
        ['type:', 'type: kabupaten'],
        ['province:', 'province: Sulawesi Utara'],
        ['code:', 'code: "71.09"'],
      ] as const
    ).reduce<string[]>((lines, [prefix, line]) => withLine(lines, prefix, line), BALIKPAPAN);
    const checked = await checkFixture({ 'kabupaten-kepulauan-siau-tagulandang-biaro/index.md': text(siau), 'kota-balikpapan/index.md': text(BALIKPAPAN) });
    expect(checked.problems).toEqual([]);
    const model = modelOf(checked);
    expect(regionSearchRecord(model!.regionBySlug('kabupaten-kepulauan-siau-tagulandang-biaro')!).alsoKnownAs).toEqual(['kabupaten kepulauan siau tagulandang biaro']);
    expect(regionSearchRecord(model!.regionBySlug('kota-balikpapan')!).alsoKnownAs).toEqual([]);
  });
});
