import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/lib/content/entries.ts';
import { indexHistory, parseGitLog } from '../src/lib/history/log.ts';
import { buildModel } from '../src/lib/model.ts';
import { isPossiblyStale, statusAsOf } from '../src/lib/progress.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';
import { gitLogOutput } from './helpers/git-log.ts';

/** When a status was stated, and when a reader is told it may have changed since. */

const programme = (fields: Record<string, unknown>): Programme =>
  programmeSchema.parse({ id: 'p', name: 'Program uji', dimension: 'smart-governance', kind: 'quick-win', ...fields });

describe('the date a status is as of', () => {
  it('is the latest progress update’s, whatever the sources’ dates', () => {
    const updated = programme({
      status: 'running',
      progress: [
        { date: '2017-09-28', status: 'planned' },
        { date: '2017-11-15', status: 'running' },
      ],
      sources: [{ title: 'Berita baru', date: '2021-03-01' }],
    });
    expect(statusAsOf(updated)).toEqual({ date: '2017-11-15', from: 'progress' });
  });

  it('is the newest source’s date when there is no progress update, month-only dates included', () => {
    const sourced = programme({ sources: [{ title: 'A', date: '2019-05' }, { title: 'B' }, { title: 'C', date: '2019-04-30' }] });
    expect(statusAsOf(sourced)).toEqual({ date: '2019-05', from: 'source' });
  });

  it('is unknown when nothing is dated', () => {
    expect(statusAsOf(programme({ sources: [{ title: 'Tanpa tanggal' }] }))).toBeUndefined();
  });
});

describe('a possibly stale status', () => {
  const asOf = (date: string) => ({ date, from: 'progress' as const });

  it('is one stated more than a year before the content’s date', () => {
    // The example: a quick win still "planned" on a 2019 report, read in 2020 and later.
    expect(isPossiblyStale('planned', asOf('2019-03-10'), '2020-03-11')).toBe(true);
    expect(isPossiblyStale('running', asOf('2019-03-10'), '2024-01-01')).toBe(true);
  });

  it('is not one stated a year or less before it', () => {
    expect(isPossiblyStale('planned', asOf('2019-03-10'), '2020-03-10')).toBe(false);
    expect(isPossiblyStale('running', asOf('2019-03-10'), '2019-12-31')).toBe(false);
  });

  it('counts a month-only date from the month’s last day, so it is never called stale early', () => {
    expect(isPossiblyStale('planned', asOf('2019-05'), '2020-05-31')).toBe(false);
    expect(isPossiblyStale('planned', asOf('2019-05'), '2020-06-01')).toBe(true);
  });

  it('never applies to a finished programme, an undated status or content without a date', () => {
    expect(isPossiblyStale('done', asOf('2015-01-01'), '2024-01-01')).toBe(false);
    expect(isPossiblyStale('planned', undefined, '2024-01-01')).toBe(false);
    expect(isPossiblyStale('planned', asOf('2015-01-01'), undefined)).toBe(false);
  });
});

describe('the model’s progress facts', () => {
  const region: Entry<Region> = {
    kind: 'region',
    region: 'kota-uji',
    name: 'index',
    entryId: 'kota-uji/index',
    file: 'content/kota-uji/index.md',
    data: regionSchema.parse({ slug: 'kota-uji', name: 'Kota Uji', type: 'kota', province: 'Provinsi Uji', sources: [{ title: 'Sumber' }] }),
  };
  const entry = (id: string, fields: Record<string, unknown>): Entry<Programme> => ({
    kind: 'programme',
    region: 'kota-uji',
    name: id,
    entryId: `kota-uji/program/${id}`,
    file: `content/kota-uji/program/${id}.md`,
    data: programme({ id, ...fields }),
  });
  const content = {
    regions: [region],
    dimensionPages: [],
    programmes: [
      entry('lama', { status: 'planned', progress: [{ date: '2019-02-01', status: 'planned', percent: 0 }] }),
      entry('baru', { status: 'running', progress: [{ date: '2023-12-01', status: 'running', percent: 60 }] }),
      entry('sumber', { sources: [{ title: 'Berita', date: '2020-07-01' }] }),
    ],
  };
  const facts = (model: ReturnType<typeof buildModel>) =>
    Object.fromEntries(model.programmes.map((p) => [p.data.id, { asOf: p.progressAsOf?.date, stale: p.stale, percent: p.percentDone }]));

  const lists = { register: { provinces: [], regions: [] }, cohorts: { claimsByCode: () => new Map(), sourceById: () => undefined } };
  const commit = (day: string) => ({ hash: 'a'.repeat(40), date: `${day}T10:00:00+07:00`, subject: 'Perbarui konten', changes: [['M', 'content/kota-uji/index.md']] });

  it('judge staleness against the data version’s day, not the clock', () => {
    const history = indexHistory(parseGitLog(gitLogOutput([commit('2024-06-30')])), 'complete');
    const model = buildModel(content, { ...lists, history });
    expect(model.version?.day).toBe('2024-06-30');
    expect(facts(model)).toEqual({
      lama: { asOf: '2019-02-01', stale: true, percent: 0 },
      baru: { asOf: '2023-12-01', stale: false, percent: 60 },
      sumber: { asOf: '2020-07-01', stale: true, percent: undefined },
    });
  });

  it('move with the data version, and mark nothing stale without one', () => {
    const at = (day: string) => facts(buildModel(content, { ...lists, history: indexHistory(parseGitLog(gitLogOutput([commit(day)])), 'complete') }));
    expect(at('2020-01-15')).toMatchObject({ lama: { stale: false }, sumber: { stale: false } });
    expect(at('2020-02-02')).toMatchObject({ lama: { stale: true }, sumber: { stale: false } });
    const undated = buildModel(content);
    expect(undated.version).toBeUndefined();
    expect(undated.programmes.some((p) => p.stale)).toBe(false);
  });
});
