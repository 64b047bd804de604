import { describe, expect, it } from 'vitest';
import {
  checkCandidate,
  checkCreation,
  checkDimension,
  checkExistingRegion,
  checkProgrammeId,
  checkProvince,
  checkRegionSlug,
  checkRegionType,
  checkRegisteredCode,
  resolveRegion,
  type Checked,
} from '../src/lib/content/new-answers.ts';
import { formatProblem } from '../src/lib/content/problem.ts';
import { loadRegister, type RegisteredRegion } from '../src/lib/register/register.ts';

/** The answers of `npm run new`, judged one by one as the author gives them. */
const register = loadRegister();

/** What the author reads for a refused answer; the value of an accepted one. */
function shown<T>(checked: Checked<T>): string {
  if (checked.ok) throw new Error(`accepted: ${JSON.stringify(checked.value)}`);
  return checked.problems.map(formatProblem).join('\n\n');
}

function found(query: string): RegisteredRegion {
  const resolution = resolveRegion(query, register);
  if (resolution.kind !== 'found') throw new Error(`${query}: ${resolution.problem.message.en}`);
  return resolution.region;
}

function refusal(query: string): string {
  const resolution = resolveRegion(query, register);
  if (resolution.kind === 'found') throw new Error(`${query}: found ${resolution.region.code}`);
  return formatProblem(resolution.problem);
}

describe('a region of the register, by code or name', () => {
  it('is found by its code, its name with or without Kota/Kabupaten, its slug, or its slug without the type', () => {
    const queries = ['64.74', 'Bontang', 'Kota Bontang', 'kabupaten sleman', 'kota-jakarta-pusat', 'mimika', 'Balikpapan'];
    expect(queries.map((query) => `${found(query).code} ${found(query).name}`)).toEqual([
      '64.74 Kota Bontang',
      '64.74 Kota Bontang',
      '64.74 Kota Bontang',
      '34.04 Kabupaten Sleman',
      '31.71 Kota Administrasi Jakarta Pusat',
      '94.04 Kabupaten Mimika',
      '64.71 Kota Balikpapan',
    ]);
  });

  it('lists the regions an ambiguous name matches, and the author chooses one by number or code', () => {
    const resolution = resolveRegion('Bandung', register);
    if (resolution.kind !== 'ambiguous') throw new Error(resolution.kind);
    expect(resolution.candidates.map((candidate) => candidate.name)).toEqual(['Kabupaten Bandung', 'Kota Bandung']);
    const choice = (answer: string): Checked<string> => {
      const checked = checkCandidate(answer, resolution.candidates);
      return checked.ok ? { ok: true, value: checked.value.name } : checked;
    };
    expect(choice('2')).toEqual({ ok: true, value: 'Kota Bandung' });
    expect(choice(' 32.04 ')).toEqual({ ok: true, value: 'Kabupaten Bandung' });
    expect(shown(choice('3'))).toBe(
      [
        'npm run new',
        '  ✗ Jawab dengan nomor 1 sampai 2 atau kode wilayahnya, bukan "3".',
        '    Answer with a number from 1 to 2 or the region code, not "3".',
      ].join('\n'),
    );
  });

  it('suggests the regions a misspelt, mistyped or partial name means, and refuses an unknown code', () => {
    expect(refusal('Balikpapn')).toBe(
      [
        'npm run new',
        '  ✗ "Balikpapn" tidak ada di daftar wilayah Kemendagri.',
        '    "Balikpapn" is not in the Kemendagri register.',
        '    Petunjuk: Mungkin maksud Anda Kota Balikpapan (npm run new -- 64.71)?',
        '    Hint: Did you mean Kota Balikpapan (npm run new -- 64.71)?',
      ].join('\n'),
    );
    expect(refusal('kota-buleleng')).toContain('    Petunjuk: Mungkin maksud Anda Kabupaten Buleleng (npm run new -- 51.08)?\n');
    expect(refusal('Jakarta')).toContain(
      '    Petunjuk: Mungkin maksud Anda salah satu dari: Kota Administrasi Jakarta Pusat (npm run new -- 31.71); Kota Administrasi Jakarta Utara (npm run new -- 31.72); ' +
        'Kota Administrasi Jakarta Barat (npm run new -- 31.73); Kota Administrasi Jakarta Selatan (npm run new -- 31.74); Kota Administrasi Jakarta Timur (npm run new -- 31.75)?\n',
    );
    expect(refusal('64.99')).toBe(
      [
        'npm run new',
        '  ✗ Kode wilayah "64.99" tidak ada di daftar Kemendagri.',
        '    Region code "64.99" is not in the Kemendagri register.',
        '    Petunjuk: Cari kodenya di data/wilayah/kode-wilayah-2025.tsv.',
        '    Hint: Look the code up in data/wilayah/kode-wilayah-2025.tsv.',
      ].join('\n'),
    );
    expect(refusal('  ')).toContain('  ✗ Kode wilayah atau nama daerah belum diisi.\n');
  });

  it('takes --code only as a code of the register', () => {
    const code = checkRegisteredCode('64.74', register);
    expect(code.ok && code.value.name).toBe('Kota Bontang');
    expect(shown(checkRegisteredCode('64.7', register))).toBe(
      ['npm run new › code', '  ✗ Kode wilayah Kemendagri ditulis NN.NN, mis. "64.71".', '    The Kemendagri region code is written NN.NN, e.g. "64.71".'].join('\n'),
    );
    expect(shown(checkRegisteredCode('Bontang', register))).toContain('Kode wilayah Kemendagri ditulis NN.NN');
  });
});

describe('the identity of a fictional demo region', () => {
  it('completes a slug without its type prefix, and says so', () => {
    expect(checkRegionSlug('bontang', 'kota')).toEqual({
      ok: true,
      value: 'kota-bontang',
      note: { id: 'Slug menjadi "kota-bontang": slug daerah diawali jenisnya.', en: 'The slug becomes "kota-bontang": a region\'s slug starts with its type.' },
    });
    expect(checkRegionSlug('kabupaten-contoh', 'kabupaten')).toEqual({ ok: true, value: 'kabupaten-contoh' });
  });

  it('refuses the other type’s prefix with the slug that would match, and a slug that is not a slug', () => {
    expect(shown(checkRegionSlug('kota-buleleng', 'kabupaten'))).toBe(
      [
        'npm run new › slug',
        '  ✗ Slug "kota-buleleng" harus diawali "kabupaten-" sesuai jenis daerah.',
        '    Slug "kota-buleleng" must start with "kabupaten-" to match the region type.',
        '    Petunjuk: Mungkin maksud Anda "kabupaten-buleleng"?',
        '    Hint: Did you mean "kabupaten-buleleng"?',
      ].join('\n'),
    );
    expect(shown(checkRegionSlug('../kota-contoh', 'kota'))).toContain('  ✗ Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.\n');
  });

  it('takes the type in any case, and points an abbreviation to the type it can only mean', () => {
    expect(checkRegionType(' Kota ')).toEqual({ ok: true, value: 'kota' });
    expect(shown(checkRegionType('kab'))).toBe(
      [
        'npm run new › type',
        '  ✗ Nilai "kab" tidak dikenal. Pilihan: kota, kabupaten.',
        '    Unknown value "kab". Choose one of: kota, kabupaten.',
        '    Petunjuk: Mungkin maksud Anda "kabupaten"?',
        '    Hint: Did you mean "kabupaten"?',
      ].join('\n'),
    );
    expect(shown(checkRegionType('k'))).not.toContain('Petunjuk');
    expect(shown(checkRegionType(undefined))).toContain('  ✗ Kolom wajib "type" belum diisi.\n');
  });

  it('refuses an empty province', () => {
    expect(shown(checkProvince('   '))).toBe(['npm run new › province', '  ✗ Tidak boleh kosong.', '    Must not be empty.'].join('\n'));
  });
});

describe('a new programme', () => {
  it('goes into an existing region, named by its slug or its slug without the type when only one region has it', () => {
    const regions = ['kota-contoh', 'kota-bontang', 'kabupaten-bontang'];
    expect(checkExistingRegion('kota-contoh', regions)).toEqual({ ok: true, value: 'kota-contoh' });
    expect(checkExistingRegion('contoh', regions)).toEqual({ ok: true, value: 'kota-contoh', note: { id: 'Daerahnya: "kota-contoh".', en: 'The region: "kota-contoh".' } });
    expect(shown(checkExistingRegion('bontang', regions))).toBe(
      [
        'npm run new › slug',
        '  ✗ Daerah "bontang" belum ada.',
        '    Region "bontang" does not exist yet.',
        '    Petunjuk: Tulis slug lengkapnya: "kota-bontang" atau "kabupaten-bontang".',
        '    Hint: Write the whole slug: "kota-bontang" or "kabupaten-bontang".',
      ].join('\n'),
    );
    expect(shown(checkExistingRegion('kota-conto', regions))).toContain('    Petunjuk: Mungkin maksud Anda "kota-contoh"?\n');
    expect(shown(checkExistingRegion('kota-nihil', regions))).toContain('    Petunjuk: Buat dulu daerahnya: npm run new -- <kode atau nama daerah>\n');
  });

  it('has an id that is a slug', () => {
    expect(shown(checkProgrammeId('E Kelurahan'))).toBe(
      [
        'npm run new › id',
        '  ✗ Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.',
        '    Only lowercase letters, digits and hyphens (-), no spaces.',
        '    Petunjuk: Contoh: aplikasi-e-kelurahan',
        '    Hint: For example: aplikasi-e-kelurahan',
      ].join('\n'),
    );
  });

  it('takes a dimension by id, number or Indonesian name, and refuses an unknown one in the check’s words', () => {
    expect(['smart-living', '4', 'Kehidupan', 'tata kelola'].map((answer) => checkDimension(answer))).toEqual(
      ['smart-living', 'smart-living', 'smart-living', 'smart-governance'].map((value) => ({ ok: true, value })),
    );
    expect(shown(checkDimension('7'))).toContain('  ✗ Dimensi "7" tidak dikenal. Pilihan: smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment.\n');
  });
});

it('asks what to create by number', () => {
  expect(checkCreation('3')).toEqual({ ok: true, value: 'fictional' });
  expect(shown(checkCreation('daerah'))).toBe(['npm run new', '  ✗ Jawab 1, 2, atau 3, bukan "daerah".', '    Answer 1, 2 or 3, not "daerah".'].join('\n'));
});
