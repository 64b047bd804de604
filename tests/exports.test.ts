import { describe, expect, it } from 'vitest';
import {
  decodePart,
  encodePart,
  fundingCell,
  indicatorsCell,
  listCell,
  parseFundingCell,
  parseIndicatorsCell,
  parseListCell,
} from '../src/lib/exports/cells.ts';
import { cohortsMeta } from '../src/lib/exports/cohorts.ts';
import { BOM, csvField, formulaSafe, toCsv } from '../src/lib/exports/csv.ts';
import { DATA_VERSION_COLUMN, csvHeader, dataVersionCell, downloadCsv, exportMeta } from '../src/lib/exports/data-files.ts';
import { registerMeta } from '../src/lib/exports/register.ts';
import { SCHEMA_NAMES, jsonSchemas } from '../src/lib/exports/json-schema.ts';
import { canonicalJson } from '../src/lib/exports/json.ts';
import type { Funding, Indicator } from '../src/lib/schema/programme-parts.ts';

/** Unit tests of the pure export functions; the built files are tested in open-data.test.ts. */

describe('CSV writer', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Kota Bontang')).toBe('Kota Bontang');
    expect(csvField('')).toBe('');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles the quotes', () => {
    expect(csvField('Kurun Waktu 10 Tahun, Bontang')).toBe('"Kurun Waktu 10 Tahun, Bontang"');
    expect(csvField('Program "Kampung Digital"')).toBe('"Program ""Kampung Digital"""');
    expect(csvField('baris satu\nbaris dua')).toBe('"baris satu\nbaris dua"');
    expect(csvField('baris satu\r\nbaris dua')).toBe('"baris satu\r\nbaris dua"');
    expect(csvField('akhir\r')).toBe('"akhir\r"');
  });

  it('neutralises cells a spreadsheet would run as a formula, and apostrophes so the rule reverses', () => {
    for (const start of ['=', '+', '-', '@', '\t', "'"]) expect(formulaSafe(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(formulaSafe('SUM(A1)=3')).toBe('SUM(A1)=3');
    // Neutralised first, then quoted: the apostrophe ends up inside the quotes.
    expect(csvField('=HYPERLINK("http://x.example","klik")')).toBe('"\'=HYPERLINK(""http://x.example"",""klik"")"');
    expect(csvField('\rhalo')).toBe('"\'\rhalo"');
  });

  it('neutralises formulas behind leading spaces and in their full-width forms', () => {
    for (const start of [' =', '  +', '\u3000-', '\u00A0@', '＝', '＋', '－', '＠', ' ＝']) {
      expect(formulaSafe(`${start}SUM(A1)`), JSON.stringify(start)).toBe(`'${start}SUM(A1)`);
    }
    expect(formulaSafe(' SUM(A1)')).toBe(' SUM(A1)');
    expect(formulaSafe('Kota ＝ Kabupaten')).toBe('Kota ＝ Kabupaten');
  });

  it('drops hidden characters before it looks for a formula', () => {
    expect(csvField('\u0000=HYPERLINK("http://x.example")')).toBe('"\'=HYPERLINK(""http://x.example"")"');
    expect(csvField('\u202E=1+1')).toBe("'=1+1");
    expect(csvField('Kota\u0007 Uji\u0085\u2028\u2066')).toBe('Kota Uji');
    // Tab, LF and CR are text a CSV carries, quoted where RFC 4180 asks.
    expect(csvField('a\tb\nc')).toBe('"a\tb\nc"');
  });

  it('writes a BOM, the header and every row ended by CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y'], ['', '-2']])).toBe(`${BOM}a,b\r\n1,"x,y"\r\n,'-2\r\n`);
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells; the header has 2/);
  });
});

describe('list cells', () => {
  it('joins items with " ; " and escapes only %, ; and |', () => {
    expect(listCell(['apbd', 'csr'])).toBe('apbd ; csr');
    expect(listCell(['Dinas A; Dinas B', 'x|y', '100%', 'a: b'])).toBe('Dinas A%3B Dinas B ; x%7Cy ; 100%25 ; a: b');
    expect(listCell([])).toBe('');
  });

  it('parses back to the same items, whatever they contain', () => {
    const items = ['Mitra ; dengan titik koma', ' spasi di tepi ', '%3B harfiah', 'pipa | dan % persen', 'é – “kutip”', 'baris\nbaru'];
    expect(parseListCell(listCell(items))).toEqual(items);
    expect(parseListCell('')).toEqual([]);
    expect(decodePart(encodePart('%%;;||'))).toBe('%%;;||');
  });
});

describe('funding_detail cells', () => {
  it('writes source|year|amount|note records, unknown fields empty', () => {
    const funding: Funding[] = [
      { source: 'apbd', year: 2024, amount: 220000000 },
      { source: 'csr' },
      { source: 'lainnya', amount: 1500000.5, note: 'Hibah: 50% tahap 1; sisanya | nanti' },
    ];
    expect(fundingCell(funding)).toBe('apbd|2024|220000000| ; csr||| ; lainnya||1500000.5|Hibah: 50%25 tahap 1%3B sisanya %7C nanti');
  });

  it('round-trips every combination of present and missing fields', () => {
    const funding: Funding[] = [
      { source: 'apbd', amount: 0 },
      { source: 'apbn', year: 2029 },
      { source: 'kpbu', note: ' ; ' },
      { source: 'swasta', amount: 30000000000, year: 2030, note: '=1+1' },
      { source: 'csr' },
    ];
    expect(parseFundingCell(fundingCell(funding))).toStrictEqual(funding);
    expect(parseFundingCell('')).toStrictEqual([]);
  });

  it('rejects what it did not write', () => {
    expect(() => parseFundingCell('apbd|2024|1')).toThrow(/3 fields, expected 4/);
    expect(() => parseFundingCell('hibah|||')).toThrow(/not one of apbd/);
    expect(() => parseFundingCell('apbd|dua ribu||')).toThrow(/not a number/);
  });
});

describe('indicators cells', () => {
  it('writes level|name|baseline|target|unit|year records', () => {
    const indicators: Indicator[] = [
      { level: 'output', name: 'Koridor bus yang beroperasi', baseline: 0, target: 4, unit: 'koridor', year: 2031 },
      { level: 'impact', name: 'Kepuasan warga', target: 'tinggi' },
    ];
    expect(indicatorsCell(indicators)).toBe('output|Koridor bus yang beroperasi|0|4|koridor|2031 ; impact|Kepuasan warga||tinggi||');
  });

  it('keeps numbers and number-like texts apart', () => {
    const indicators: Indicator[] = [
      { level: 'outcome', name: 'Teks mirip angka', baseline: '45', target: '-3', unit: '%' },
      { level: 'outcome', name: 'Angka', baseline: -1.5, target: 2.5e-7 },
      { level: 'outcome', name: 'Teks lain', baseline: '007', target: '1e5' },
      { level: 'outcome', name: 'Angka besar', baseline: 1e21, target: 15000 },
    ];
    const cell = indicatorsCell(indicators);
    expect(cell).toContain('Teks mirip angka|%345|%2D3|%25|');
    expect(cell).toContain('Angka|-1.5|2.5e-7||');
    expect(cell).toContain('Teks lain|%3007|%31e5||');
    const parsed = parseIndicatorsCell(cell);
    expect(parsed).toStrictEqual(indicators);
    expect(parsed.map((i) => typeof i.target)).toEqual(['string', 'number', 'string', 'number']);
  });

  it('round-trips texts with separators, percent signs and line breaks', () => {
    const indicators: Indicator[] = [
      { level: 'output', name: 'Nilai | pipa ; titik koma', baseline: '50%', target: 'naik; terus', unit: 'skor (0–100)', year: 2025 },
      { level: 'impact', name: 'Dua\nbaris', target: 0 },
    ];
    expect(parseIndicatorsCell(indicatorsCell(indicators))).toStrictEqual(indicators);
    expect(parseIndicatorsCell('')).toStrictEqual([]);
  });

  it('rejects what it did not write', () => {
    expect(() => parseIndicatorsCell('output|Nama|1|2|unit')).toThrow(/5 fields, expected 6/);
    expect(() => parseIndicatorsCell('result|Nama||2||')).toThrow(/not one of output/);
    expect(() => parseIndicatorsCell('output|Nama|1|||')).toThrow(/target are required/);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth, keeps array order, drops undefined, ends with a newline', () => {
    const json = canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: undefined }, ä: 'x', Z: 'upper' });
    expect(json).toBe('{\n  "Z": "upper",\n  "a": {\n    "d": [\n      3,\n      {\n        "y": null,\n        "z": true\n      }\n    ]\n  },\n  "b": 1,\n  "ä": "x"\n}\n');
  });

  it('gives the same bytes whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('writes no hidden characters, however the text reached it', () => {
    const json = canonicalJson({ name: 'Kota\u0000 Uji\u202E', notes: ['baris\nbaru\ttab', '\u001B[2Jbersih\u0085'] });
    expect(JSON.parse(json)).toEqual({ name: 'Kota Uji', notes: ['baris\nbaru\ttab', '[2Jbersih'] });
    expect(json).not.toMatch(/\\u00[01]|[\u0085\u202E]/);
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(/\$\.when: .* cannot be written as JSON/);
    expect(() => canonicalJson({ list: [1, Number.NaN] })).toThrow(/\$\.list\[1\]/);
    expect(() => canonicalJson([undefined])).toThrow(/\$\[0\]/);
  });
});

describe('JSON Schemas', () => {
  it('describes the three content files, with their fields', () => {
    const schemas = jsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual([...SCHEMA_NAMES].sort());
    const properties = (name: (typeof SCHEMA_NAMES)[number]) => Object.keys((schemas[name] as { properties: object }).properties);
    expect(properties('programme')).toEqual(expect.arrayContaining(['id', 'dimension', 'element', 'funding', 'indicators', 'status']));
    expect(properties('region')).toEqual(expect.arrayContaining(['slug', 'name', 'fictional', 'horizons', 'sources']));
    expect(properties('dimension-page')).toEqual(['dimension', 'goals', 'readiness']);
    for (const schema of Object.values(schemas)) expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
  });

  it('is plain JSON', () => {
    for (const schema of Object.values(jsonSchemas())) expect(JSON.parse(canonicalJson(schema))).toEqual(schema);
  });
});

describe('data version in the downloads', () => {
  const pageUrl = (sitePath: string) => new URL(sitePath, 'https://portal.example').href;
  const version = { hash: 'abc1234'.padEnd(40, '0'), shortHash: 'abc1234', date: '2026-11-30T06:43:29+00:00', day: '2026-11-30' };

  it('names the data’s commit and its day in the generated block of every JSON download, national lists included', () => {
    const expected = { date: '2026-11-30', commit: version.hash, short: 'abc1234' };
    expect(exportMeta(pageUrl, version).data_version).toEqual(expected);
    expect(cohortsMeta(pageUrl, version).data_version).toEqual(expected);
    expect(registerMeta(pageUrl, version, 'MIT License').data_version).toEqual(expected);
    // A day, not a time: no download looks as if it carried the moment it was built.
    expect(canonicalJson(exportMeta(pageUrl, version))).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('says the version is unknown (null) rather than leaving it out when the build had no git history', () => {
    expect(JSON.parse(canonicalJson(exportMeta(pageUrl, undefined)))).toHaveProperty('data_version', null);
  });

  it('ends every CSV row with the version as day and short commit, so a pasted row keeps where it came from', () => {
    expect(DATA_VERSION_COLUMN).toBe('versi_data');
    expect(dataVersionCell(version)).toBe('2026-11-30 abc1234');
    expect(csvHeader(['code', 'name'])).toEqual(['code', 'name', 'versi_data']);
    expect(downloadCsv(['code', 'name'], [['64', 'Kalimantan Timur'], ['64.74', '=Kota']], version)).toBe(
      `${BOM}code,name,versi_data\r\n64,Kalimantan Timur,2026-11-30 abc1234\r\n64.74,'=Kota,2026-11-30 abc1234\r\n`,
    );
    // A file without rows still names the column, so its header matches the dictionary.
    expect(downloadCsv(['code'], [], version)).toBe(`${BOM}code,versi_data\r\n`);
  });

  it('leaves the version cell empty, not made up, when the build had no git history', () => {
    expect(dataVersionCell(undefined)).toBe('');
    expect(downloadCsv(['code'], [['64']], undefined)).toBe(`${BOM}code,versi_data\r\n64,\r\n`);
  });
});
