import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/index.ts';
import { bodyName, legalBasisNote, legalBasisReference, legalBasisText } from '../src/lib/governance.ts';

const id = translator('id');
const en = translator('en');

describe('legalBasisText', () => {
  it('names the kind of regulation with its number and year', () => {
    expect(legalBasisText({ kind: 'perwal', number: '12', year: 2020 }, id)).toBe('Perwal No. 12 (2020)');
    expect(legalBasisText({ kind: 'perda', number: '188.45/12', year: 2021 }, en)).toBe('Perda (regional regulation) No. 188.45/12 (2021)');
  });

  it('leaves out what is not known and never shows the title', () => {
    expect(legalBasisText({ kind: 'perbup', year: 2019, title: 'Masterplan Smart City' }, id)).toBe('Perbup (2019)');
    expect(legalBasisText({ kind: 'belum', title: 'Akan disahkan tahun depan' }, id)).toBe('Belum ditetapkan');
    expect(legalBasisText({ kind: 'belum' }, en)).toBe('Not yet legalised');
  });

  it('puts the same reference the region page shows after the kind', () => {
    expect(legalBasisReference({ kind: 'perwal', number: '7', year: 2018 })).toBe(' No. 7 (2018)');
    expect(legalBasisReference({ kind: 'belum' })).toBe('');
  });
});

describe('legalBasisNote', () => {
  it('drops a title’s repeat of the kind, so "Belum ditetapkan" is not said twice', () => {
    expect(legalBasisNote({ kind: 'belum', title: 'Belum ditetapkan; Perda direncanakan dibuat setelah bimtek' })).toBe('Perda direncanakan dibuat setelah bimtek');
    expect(legalBasisNote({ kind: 'belum', title: 'belum ditetapkan' })).toBeUndefined();
  });

  it('keeps a title that only starts with the same letters, and any other title as written', () => {
    expect(legalBasisNote({ kind: 'perwal', title: 'Perwali tentang Masterplan' })).toBe('Perwali tentang Masterplan');
    expect(legalBasisNote({ kind: 'perwal', number: '12', title: 'Masterplan Smart City' })).toBe('Masterplan Smart City');
    expect(legalBasisNote({ kind: 'perda' })).toBeUndefined();
  });
});

describe('bodyName', () => {
  it('prefers the name from the decree', () => {
    expect(bodyName({ kind: 'dewan', name: 'Dewan Kota Cerdas', members: [] }, id)).toBe('Dewan Kota Cerdas');
  });

  it('falls back to the usual name of the kind in the page language', () => {
    expect(bodyName({ kind: 'dewan', members: [] }, id)).toBe('Dewan Smart City');
    expect(bodyName({ kind: 'tim-pelaksana', members: [] }, en)).toBe('Implementation Team');
    expect(bodyName({ kind: 'forum', members: [] }, en)).toBe('Smart City Forum');
  });
});
