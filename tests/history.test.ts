import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHistory, fileHistory, lastChanged } from '../src/lib/history/git.ts';
import { historyOfFile, indexHistory, parseGitLog } from '../src/lib/history/log.ts';
import { compareVersions, readVersion } from '../src/lib/history/field-changes.ts';
import { changeList, describeContentChange } from '../src/lib/history/describe.ts';
import { formatRupiah } from '../src/i18n/format.ts';
import idLayout from '../src/i18n/id/layout.ts';
import { jsonSchemas } from '../src/lib/exports/json-schema.ts';
import { buildFeed } from '../src/lib/feeds/content-feeds.ts';
import { buildModel } from '../src/lib/model.ts';
import { regionSchema } from '../src/lib/schema/region.ts';
import { gitLogOutput, type FixtureCommit } from './helpers/git-log.ts';
import { historyOnly } from './helpers/history-lists.ts';

const hash = (digit: string) => digit.repeat(40);

/** A history of content/, newest first. */
const COMMITS: readonly FixtureCommit[] = [
  { hash: hash('e'), parents: [hash('d'), hash('c')], date: '2026-03-14T10:00:00+07:00', subject: "Merge branch 'bontang'" },
  {
    hash: hash('d'),
    parents: [hash('b')],
    date: '2026-03-12T09:15:00+07:00',
    subject: 'Rename programme file: e-warga → layanan-warga',
    changes: [
      ['R087', 'content/kota-a/program/e-warga.md', 'content/kota-a/program/layanan-warga.md'],
      ['M', 'content/kota-a/index.mdx'],
    ],
  },
  {
    hash: hash('c'),
    parents: [hash('b')],
    date: '2026-03-11T20:00:00+00:00',
    subject: 'Bontang: progress <2026> & "status"',
    changes: [['M', 'content/kota-a/program/e-warga.md']],
  },
  { hash: hash('b'), parents: [hash('a')], date: '2026-02-01T08:00:00+07:00', subject: 'Delete old programme', changes: [['D', 'content/kota-a/program/lama.md']] },
  {
    hash: hash('a'),
    date: '2026-01-05T08:00:00+07:00',
    subject: 'First content',
    changes: [
      ['A', 'content/kota-a/index.mdx'],
      ['A', 'content/kota-a/program/e-warga.md'],
      ['A', 'content/kota-a/program/lama.md'],
    ],
  },
];

const LOG = gitLogOutput(COMMITS);

describe('parseGitLog', () => {
  it('reads hash, parents, date, subject and the changed paths of each commit, in git order', () => {
    const commits = parseGitLog(LOG);
    expect(commits.map((c) => [c.shortHash, c.parents.length, c.subject])).toEqual([
      ['eeeeeee', 2, "Merge branch 'bontang'"],
      ['ddddddd', 1, 'Rename programme file: e-warga → layanan-warga'],
      ['ccccccc', 1, 'Bontang: progress <2026> & "status"'],
      ['bbbbbbb', 1, 'Delete old programme'],
      ['aaaaaaa', 0, 'First content'],
    ]);
    expect(commits[1]!.changes).toEqual([
      { kind: 'renamed', path: 'content/kota-a/program/layanan-warga.md', previousPath: 'content/kota-a/program/e-warga.md'},
      { kind: 'modified', path: 'content/kota-a/index.mdx'},
    ]);
    expect(commits[3]!.changes).toEqual([{ kind: 'deleted', path: 'content/kota-a/program/lama.md' }]);
  });

  it('reads the object ids before and after each change, so the versions can be compared', () => {
    const [commit] = parseGitLog(gitLogOutput([{ ...COMMITS[2]!, changes: [['M', 'content/kota-a/program/e-warga.md', { before: hash('1'), after: hash('2') }]] }]));
    expect(commit!.changes).toEqual([{ kind: 'modified', path: 'content/kota-a/program/e-warga.md', before: hash('1'), after: hash('2') }]);
  });

  it('gives a merge commit, which git lists without files, no changes', () => {
    expect(parseGitLog(LOG)[0]!.changes).toEqual([]);
  });

  it('keeps the exact date for feeds and the calendar day in Jakarta for pages', () => {
    const commit = parseGitLog(LOG)[2]!;
    expect(commit.date).toBe('2026-03-11T20:00:00+00:00');
    // 20:00 UTC is 03:00 the next morning in Jakarta.
    expect(commit.day).toBe('2026-03-12');
  });

  it('reads empty output (no commits touch content/ yet) as no commits', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(parseGitLog('\n')).toEqual([]);
  });

  it('skips what is not a commit instead of failing', () => {
    expect(parseGitLog(gitLogOutput([{ hash: hash('f'), date: 'not a date', subject: 'Broken', changes: [['M', 'content/x.md']] }]))).toEqual([]);
    expect(parseGitLog(`warning: something odd\0${gitLogOutput([COMMITS[3]!])}`).map((c) => c.subject)).toEqual(['Delete old programme']);
  });

  it('reads a subject as one field whatever it contains, and shows it without hidden characters', () => {
    const forgery = `Perbarui\x1e${hash('0')}\x1f\x1f2001-01-01T00:00:00+07:00\x1fPalsu\nM\tcontent/kota-a/index.mdx \u202Eteks`;
    const [commit, ...others] = parseGitLog(gitLogOutput([{ ...COMMITS[3]!, subject: forgery }]));
    expect(others).toEqual([]);
    expect(commit).toMatchObject({ hash: hash('b'), date: '2026-02-01T08:00:00+07:00', changes: [{ kind: 'deleted', path: 'content/kota-a/program/lama.md' }] });
    expect(commit?.subject).toBe(`Perbarui${hash('0')}2001-01-01T00:00:00+07:00Palsu\nM\tcontent/kota-a/index.mdx teks`);
  });
});

describe('indexHistory and historyOfFile', () => {
  const history = indexHistory(parseGitLog(LOG), 'complete');

  it('follows a rename: older changes of the old name belong to the file under its new name', () => {
    const file = historyOfFile(history, 'content/kota-a/program/layanan-warga.md');
    expect(file.gap).toBe('none');
    expect(file.changes.map((c) => [c.commit.shortHash, c.kind, c.path])).toEqual([
      ['ddddddd', 'renamed', 'content/kota-a/program/layanan-warga.md'],
      ['ccccccc', 'modified', 'content/kota-a/program/e-warga.md'],
      ['aaaaaaa', 'added', 'content/kota-a/program/e-warga.md'],
    ]);
    expect(file.last?.commit.subject).toBe('Rename programme file: e-warga → layanan-warga');
    expect(history.byFile.has('content/kota-a/program/e-warga.md')).toBe(false);
  });

  it('keeps a file created later under a renamed-away name apart from the old file', () => {
    const reused = indexHistory(
      parseGitLog(
        gitLogOutput([
          { hash: hash('3'), parents: [hash('2')], date: '2026-03-03T00:00:00Z', subject: 'New file at the old name', changes: [['A', 'content/x/program/a.md']] },
          { hash: hash('2'), parents: [hash('1')], date: '2026-03-02T00:00:00Z', subject: 'Rename a to b', changes: [['R100', 'content/x/program/a.md', 'content/x/program/b.md']] },
          { hash: hash('1'), date: '2026-03-01T00:00:00Z', subject: 'Create a', changes: [['A', 'content/x/program/a.md']] },
        ]),
      ),
      'complete',
    );
    expect(historyOfFile(reused, 'content/x/program/a.md').changes.map((c) => c.commit.subject)).toEqual(['New file at the old name']);
    expect(historyOfFile(reused, 'content/x/program/b.md').changes.map((c) => c.commit.subject)).toEqual(['Rename a to b', 'Create a']);
  });

  it('says a file git has never seen is not committed yet', () => {
    expect(historyOfFile(history, 'content/kota-a/program/baru.md')).toEqual({ last: undefined, changes: [], gap: 'uncommitted' });
  });

  it('says nothing is known when git is unavailable', () => {
    expect(historyOfFile(indexHistory([], 'unavailable'), 'content/kota-a/index.mdx')).toEqual({ last: undefined, changes: [], gap: 'unavailable' });
  });

  it('in a shallow clone, treats the parentless boundary commit as a snapshot, not as a change', () => {
    // A depth-3 clone of the history above: git shows its oldest commit without parents, with
    // every file it contains listed as added.
    const boundary: FixtureCommit = {
      ...COMMITS[3]!,
      parents: [],
      changes: [
        ['A', 'content/kota-a/index.mdx'],
        ['A', 'content/kota-a/program/e-warga.md'],
        ['A', 'content/kota-a/dimensi/smart-living.mdx'],
      ],
    };
    const shallow = indexHistory(parseGitLog(gitLogOutput([...COMMITS.slice(0, 3), boundary])), 'shallow');
    const renamed = historyOfFile(shallow, 'content/kota-a/program/layanan-warga.md');
    expect(renamed.gap).toBe('shallow');
    expect(renamed.changes.map((c) => c.commit.shortHash)).toEqual(['ddddddd', 'ccccccc']);
    expect(historyOfFile(shallow, 'content/kota-a/dimensi/smart-living.mdx')).toEqual({ last: undefined, changes: [], gap: 'shallow' });
  });
});

const run = promisify(execFile);

/** Git for the fixture repositories, with fixed identity and dates and no user configuration. */
async function git(cwd: string, args: readonly string[], date = '2026-01-05T08:00:00+07:00'): Promise<void> {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Uji',
    GIT_AUTHOR_EMAIL: 'uji@example.org',
    GIT_COMMITTER_NAME: 'Uji',
    GIT_COMMITTER_EMAIL: 'uji@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  await run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, env });
}

async function write(root: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

describe('reading history from a git repository', () => {
  let temp: string;
  /** The project lives in a subfolder of the repository, as in a monorepo. */
  let project: string;
  let shallowProject: string;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'masterplan-history-'));
    const repo = path.join(temp, 'repo');
    project = path.join(repo, 'portal');
    await mkdir(project, { recursive: true });
    await git(repo, ['init', '-q']);
    await write(project, 'content/kota-a/index.mdx', 'profil\n');
    await write(project, 'content/kota-a/program/e-warga.md', 'program\n');
    await write(project, 'README.md', 'bukan konten\n');
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-q', '-m', 'First content'], '2026-01-05T08:00:00+07:00');
    await write(project, 'content/kota-a/program/e-warga.md', 'program, diperbarui\n');
    await git(repo, ['commit', '-q', '-am', 'Update e-Warga progress'], '2026-02-10T08:00:00+07:00');
    await git(repo, ['mv', 'portal/content/kota-a/program/e-warga.md', 'portal/content/kota-a/program/layanan-warga.md']);
    await git(repo, ['commit', '-q', '-m', 'Rename e-Warga to Layanan Warga'], '2026-03-12T09:15:00+07:00');
    // The newest commit changes only a national list: a data version, but no page's change.
    await write(project, 'data/kohort.yaml', 'claims: []\n');
    await git(repo, ['add', 'portal/data']);
    await git(repo, ['commit', '-q', '-m', 'Add cohort list'], '2026-04-01T08:00:00+07:00');
    await write(project, 'content/kota-a/program/baru.md', 'belum di-commit\n');

    await git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, 'shallow']);
    shallowProject = path.join(temp, 'shallow', 'portal');
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('lists the commits that changed a file’s data, newest first, across a rename; a move alone changes no data', async () => {
    const history = await fileHistory('content/kota-a/program/layanan-warga.md', { cwd: project });
    expect(history.gap).toBe('none');
    expect(history.changes.map((c) => [c.commit.day, c.commit.subject, c.kind])).toEqual([
      ['2026-02-10', 'Update e-Warga progress', 'modified'],
      ['2026-01-05', 'First content', 'added'],
    ]);
    expect(history.changes[0]!.commit.date).toBe('2026-02-10T08:00:00+07:00');
    expect(history.changes[0]!.commit.hash).toMatch(/^[0-9a-f]{40}$/);
    // The move is still in the index, for the rename to be followed.
    expect((await contentHistory({ cwd: project })).byFile.get('content/kota-a/program/layanan-warga.md')?.[0]).toMatchObject({ kind: 'renamed', content: { kind: 'none' } });
  });

  it('gives the last change of a file, and nothing for a file not yet committed', async () => {
    expect((await lastChanged('content/kota-a/index.mdx', { cwd: project }))?.subject).toBe('First content');
    expect(await lastChanged('content/kota-a/program/baru.md', { cwd: project })).toBeUndefined();
    expect((await fileHistory('content/kota-a/program/baru.md', { cwd: project })).gap).toBe('uncommitted');
  });

  it('reads content/ and data/ only, with paths relative to the project', async () => {
    const history = await contentHistory({ cwd: project });
    expect([...history.byFile.keys()].sort()).toEqual(['content/kota-a/index.mdx', 'content/kota-a/program/layanan-warga.md', 'data/kohort.yaml']);
  });

  it('takes the newest commit as the data version, also when it changed only data/', async () => {
    const head = (await run('git', ['rev-parse', 'HEAD'], { cwd: project })).stdout.trim();
    const history = await contentHistory({ cwd: project });
    expect(history.version).toEqual({ hash: head, shortHash: head.slice(0, 7), date: '2026-04-01T08:00:00+07:00', day: '2026-04-01' });
    expect(history.commits.map((commit) => commit.subject)).toEqual(['Add cohort list', 'Rename e-Warga to Layanan Warga', 'Update e-Warga progress', 'First content']);
  });

  it('runs git once per project and shares the result', async () => {
    expect(contentHistory({ cwd: project })).toBe(contentHistory({ cwd: project }));
  });

  it('says less in a shallow clone: what changed within reach, and that the rest is missing', async () => {
    const history = await contentHistory({ cwd: shallowProject });
    expect(history.status).toBe('shallow');
    expect(await fileHistory('content/kota-a/program/layanan-warga.md', { cwd: shallowProject })).toEqual({ last: undefined, changes: [], gap: 'shallow' });
  });

  it('does not fail outside a git repository', async () => {
    const history = await contentHistory({ cwd: temp });
    expect(history.status).toBe('unavailable');
    expect((await fileHistory('content/kota-a/index.mdx', { cwd: temp })).gap).toBe('unavailable');
  });
});

describe('a commit subject cannot forge history', () => {
  let repo: string;
  const realDate = '2026-04-02T10:30:00+07:00';
  const forgedHash = hash('0');
  // With the old \x1e/\x1f separators, this subject split its commit in two: a made-up commit with
  // this hash and date, holding the real commit's changed files.
  const subject = `Perbarui profil\x1e${forgedHash}\x1f\x1f2001-01-01T00:00:00+07:00\x1fPalsu`;

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'masterplan-forged-'));
    await git(repo, ['init', '-q']);
    await write(repo, 'content/kota-a/index.mdx', 'profil\n');
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-q', '-m', 'First content'], '2026-01-05T08:00:00+07:00');
    await write(repo, 'content/kota-a/index.mdx', 'profil, diperbarui\n');
    await git(repo, ['commit', '-q', '-am', subject], realDate);
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('keeps the real hash, date and files of the commit', async () => {
    const head = (await run('git', ['rev-parse', 'HEAD'], { cwd: repo })).stdout.trim();
    const history = await contentHistory({ cwd: repo });
    expect(history.commits.map((c) => [c.hash === head, c.date])).toEqual([
      [true, realDate],
      [false, '2026-01-05T08:00:00+07:00'],
    ]);
    const last = await lastChanged('content/kota-a/index.mdx', { cwd: repo });
    expect(last).toMatchObject({ hash: head, date: realDate, day: '2026-04-02' });
    expect(last?.subject).toBe(`Perbarui profil${forgedHash}2001-01-01T00:00:00+07:00Palsu`);
  });

  it('dates the feed entry by the real commit', async () => {
    const region = regionSchema.parse({ slug: 'kota-a', name: 'Kota A', type: 'kota', province: 'Provinsi Uji', sources: [{ title: 'Berita' }] });
    const model = buildModel(
      {
        regions: [{ kind: 'region', region: 'kota-a', name: 'index', entryId: 'kota-a/index', file: 'content/kota-a/index.mdx', data: region }],
        dimensionPages: [],
        programmes: [],
      },
      historyOnly(await contentHistory({ cwd: repo })),
    );
    const feed = buildFeed({ kind: 'all' }, model, (page) => new URL(page, 'https://portal.example').href);
    const head = (await run('git', ['rev-parse', 'HEAD'], { cwd: repo })).stdout.trim();
    expect(feed.updated).toBe(realDate);
    expect(feed.entries.map((entry) => [entry.updated, entry.id])).toEqual([
      [realDate, `tag:portal.example,2026-04-02:semua/${head}`],
      ['2026-01-05T08:00:00+07:00', expect.stringMatching(/^tag:portal\.example,2026-01-05:semua\/[0-9a-f]{40}$/)],
    ]);
    expect(feed.entries.some((entry) => entry.id.includes(forgedHash) || entry.updated.startsWith('2001'))).toBe(false);
  });
});

describe('the portal repository', () => {
  it('has history for its content, unless this checkout lacks it', async () => {
    const history = await contentHistory();
    if (history.status !== 'complete') return;
    const last = await lastChanged('content/kota-contoh/index.mdx');
    expect(last?.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(last?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

/** A programme file as an editor writes it; `fields` are YAML lines of its frontmatter. */
const programmeFile = (fields: string, body = 'Layanan perizinan daring untuk warga.\n') =>
  `---\nid: layanan\nname: Layanan Daring\ndimension: smart-governance\nkind: priority\n${fields}---\n\n${body}`;

const BEFORE = programmeFile(`status: planned
funding:
  - source: apbd
    amount: 1000000000
    year: 2025
sources:
  - title: Buku Masterplan Kota Uji
    page: 12
`);

const AFTER = programmeFile(`status: running
progress:
  - date: 2025-03-01
    status: running
    percent: 40
funding:
  - source: apbd
    amount: 2500000000
    year: 2025
sources:
  - title: Buku Masterplan Kota Uji
    page: 12
  - title: Layanan Daring resmi diluncurkan
    outlet: Kaltim Today
    date: 2025-03-02
`);

describe('compareVersions: what changed in the data, field by field', () => {
  const compare = (before: string | undefined, after: string | undefined, kind: 'programme' | 'region' = 'programme') =>
    compareVersions(kind, before === undefined ? undefined : readVersion(before), after === undefined ? undefined : readVersion(after));

  it('names a status change with the progress update that reports it, the new update, a changed budget and an added source', () => {
    expect(compare(BEFORE, AFTER)).toEqual({
      kind: 'edited',
      body: false,
      fields: [
        { type: 'status', from: 'planned', to: 'running', asOf: '2025-03-01' },
        { type: 'progress', updates: [{ date: '2025-03-01', status: 'running', percent: 40 }] },
        { type: 'budget', from: 1_000_000_000, to: 2_500_000_000 },
        { type: 'list', field: 'sources', added: [{ name: 'Layanan Daring resmi diluncurkan', when: '2025-03-02' }], removed: [], edited: [] },
      ],
    });
    expect(describeContentChange('programme', compare(BEFORE, AFTER), 'id')).toEqual([
      'Status: Direncanakan → Berjalan, per 1 Maret 2025',
      'Kemajuan dilaporkan per 1 Maret 2025: Berjalan, 40%',
      `Anggaran ditambah: ${formatRupiah(1_000_000_000, 'id')} → ${formatRupiah(2_500_000_000, 'id')}`,
      'Sumber ditambahkan: Layanan Daring resmi diluncurkan (2 Maret 2025)',
    ]);
    expect(describeContentChange('programme', compare(BEFORE, AFTER), 'en')[0]).toBe('Status: Planned → Running, as of 1 March 2025');
  });

  it('reads a budget cut, a removed source, an edited source and a changed value the other way round', () => {
    const edited = AFTER.replace('outlet: Kaltim Today', 'outlet: Kaltim Post').replace('kind: priority', 'kind: quick-win');
    expect(describeContentChange('programme', compare(AFTER, BEFORE), 'id')).toEqual([
      'Status: Berjalan → Direncanakan',
      `Anggaran dikurangi: ${formatRupiah(2_500_000_000, 'id')} → ${formatRupiah(1_000_000_000, 'id')}`,
      'Sumber dihapus: Layanan Daring resmi diluncurkan (2 Maret 2025)',
      // Fields the newer version no longer writes come last.
      'Kemajuan diubah',
    ]);
    expect(describeContentChange('programme', compare(AFTER, edited), 'id')).toEqual([
      'Jenis program: Program prioritas → Quick win',
      'Sumber diubah: Layanan Daring resmi diluncurkan (2 Maret 2025)',
    ]);
  });

  it('says a field was filled or removed, a long text changed, and the description (the body) changed', () => {
    const region = (fields: string, body = 'Profil.\n') => `---\nslug: kota-uji\nname: Kota Uji\ntype: kota\nprovince: Provinsi Uji\n${fields}---\n${body}`;
    const vision = `vision: ${'Kota cerdas yang melayani warganya dengan '.repeat(3)}\n`;
    expect(describeContentChange('region', compare(region('cohort: 2019\n'), region(`code: "64.74"\n${vision}`, 'Profil baru.\n'), 'region'), 'id')).toEqual([
      'Kode wilayah diisi: 64.74',
      'Visi ditambahkan',
      'Tahun kohort dihapus (sebelumnya 2019)',
      'Teks halaman diubah',
    ]);
  });

  it('sees no change in a field renamed with its value, in reordered keys, or in a new blank line at the end', () => {
    const region = (fields: string, body = 'Profil.\n') => `---\nslug: kota-uji\nname: Kota Uji\ntype: kota\nprovince: Provinsi Uji\n${fields}---\n${body}`;
    expect(compare(region('regionCode: "64.74"\n'), region('code: "64.74"\n'), 'region')).toEqual({ kind: 'none' });
    expect(compare(programmeFile('status: planned\ntags: [a, b]\n'), programmeFile('tags: [a, b]\nstatus: planned\n', 'Layanan perizinan daring untuk warga.\n\n'))).toEqual({ kind: 'none' });
  });

  it('describes a version that cannot be read generically, and never throws on it', () => {
    const broken = '---\nid: layanan\nname: "Layanan Daring\nstatus: [\n---\nTeks.\n';
    expect(readVersion(broken)).toEqual({ readable: false });
    expect(readVersion('Tanpa frontmatter sama sekali.\n')).toEqual({ readable: false });
    expect(compare(broken, AFTER)).toEqual({ kind: 'unreadable' });
    expect(describeContentChange('programme', compare(broken, AFTER), 'id')).toEqual(['Data diubah; salah satu versinya tidak dapat dibaca, jadi rinciannya tidak ditampilkan.']);
  });

  it('names a new and a removed file by what it is, and a removed one by the name it had', () => {
    expect(describeContentChange('programme', compare(undefined, AFTER), 'id')).toEqual(['Program ditambahkan ke portal']);
    expect(compare(AFTER, undefined)).toEqual({ kind: 'deleted', name: 'Layanan Daring' });
    expect(describeContentChange('region', { kind: 'deleted', name: 'Kota Uji' }, 'en')).toEqual(['Region page removed']);
  });

  it('cuts a long list of items short', () => {
    const before = programmeFile('tags: []\n');
    const after = programmeFile(`tags: [${['a', 'b', 'c', 'd', 'e', 'f', 'g'].join(', ')}]\n`);
    expect(describeContentChange('programme', compare(before, after), 'id')).toEqual(['Kata kunci ditambahkan: a; b; c; d; e; dan 2 lainnya']);
  });
});

describe('indexHistory with the files’ versions', () => {
  const versions = new Map([
    [hash('1'), readVersion(BEFORE)],
    [hash('2'), readVersion(AFTER)],
  ]);
  const LOG_WITH_OBJECTS = gitLogOutput([
    {
      hash: hash('c'),
      parents: [hash('b')],
      date: '2026-03-12T09:15:00+07:00',
      subject: 'Rename and update layanan',
      changes: [['R087', 'content/kota-a/program/lama.md', 'content/kota-a/program/layanan.md', { before: hash('1'), after: hash('2') }]],
    },
    { hash: hash('b'), parents: [hash('a')], date: '2026-02-01T08:00:00+07:00', subject: 'Move only', changes: [['R100', 'content/kota-a/program/awal.md', 'content/kota-a/program/lama.md', { before: hash('1'), after: hash('1') }]] },
    { hash: hash('a'), date: '2026-01-05T08:00:00+07:00', subject: 'Add', changes: [['A', 'content/kota-a/program/awal.md', { after: hash('1') }]] },
  ]);

  it('compares the versions across a rename, and leaves a move without edits out of the file’s changes', () => {
    const history = indexHistory(parseGitLog(LOG_WITH_OBJECTS), 'complete', { objects: versions });
    const file = historyOfFile(history, 'content/kota-a/program/layanan.md');
    expect(file.changes.map((change) => [change.commit.shortHash, change.content.kind])).toEqual([
      ['ccccccc', 'edited'],
      ['aaaaaaa', 'created'],
    ]);
    expect(changeList('programme', file, 'id').entries[0]!.lines[0]).toBe('Status: Direncanakan → Berjalan, per 1 Maret 2025');
  });

  it('takes the newest commit as the data version; none without git', () => {
    expect(indexHistory(parseGitLog(LOG_WITH_OBJECTS), 'complete').version).toEqual({ hash: hash('c'), shortHash: 'ccccccc', date: '2026-03-12T09:15:00+07:00', day: '2026-03-12' });
    expect(indexHistory([], 'unavailable').version).toBeUndefined();
  });

  it('counts a commit that changed only the national lists (data/) as a data version, and as no page’s change', () => {
    const listsOnly: FixtureCommit = {
      hash: hash('d'),
      parents: [hash('c')],
      date: '2026-04-01T08:00:00+07:00',
      subject: 'Cohort sources',
      changes: [['M', 'data/kohort.yaml', { before: hash('5'), after: hash('6') }]],
    };
    const history = indexHistory(parseGitLog(gitLogOutput([listsOnly]) + LOG_WITH_OBJECTS), 'complete', { objects: versions });
    expect(history.version).toEqual({ hash: hash('d'), shortHash: 'ddddddd', date: '2026-04-01T08:00:00+07:00', day: '2026-04-01' });
    expect(history.commits.map((commit) => commit.shortHash)).toEqual(['ddddddd', 'ccccccc', 'bbbbbbb', 'aaaaaaa']);
    expect(history.byFile.get('data/kohort.yaml')).toMatchObject([{ commit: { hash: hash('d') }, kind: 'modified', path: 'data/kohort.yaml' }]);
    // The programme's history, "last updated" included, is what it was without the list's change.
    const withoutLists = indexHistory(parseGitLog(LOG_WITH_OBJECTS), 'complete', { objects: versions });
    expect(historyOfFile(history, 'content/kota-a/program/layanan.md')).toEqual(historyOfFile(withoutLists, 'content/kota-a/program/layanan.md'));
    expect(historyOfFile(history, 'content/kota-a/program/layanan.md').last?.commit.shortHash).toBe('ccccccc');
  });
});

describe('a programme’s history from a real repository', () => {
  let repo: string;

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'masterplan-fields-'));
    await git(repo, ['init', '-q']);
    await write(repo, 'content/kota-a/program/layanan.md', BEFORE);
    await write(repo, 'content/kota-a/index.md', '---\nslug: kota-a\n---\n');
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-q', '-m', 'Tambah program layanan'], '2026-01-05T08:00:00+07:00');
    await write(repo, 'content/kota-a/program/layanan.md', AFTER);
    await git(repo, ['commit', '-q', '-am', 'fix: bump layanan (see #42)'], '2026-03-12T09:15:00+07:00');
    // A broken frontmatter, then its repair: neither may break the history.
    await write(repo, 'content/kota-a/index.md', '---\nslug: "kota-a\n---\n');
    await git(repo, ['commit', '-q', '-am', 'oops'], '2026-03-13T09:00:00+07:00');
    await write(repo, 'content/kota-a/index.md', '---\nslug: kota-a\nname: Kota A\n---\n');
    await git(repo, ['commit', '-q', '-am', 'repair'], '2026-03-14T09:00:00+07:00');
    // Data beside the content changes the data version, not the programme's history.
    await write(repo, 'data/kohort.yaml', 'claims: []\n');
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-q', '-m', 'Cohort list'], '2026-04-01T10:00:00+07:00');
    // Code alone changes neither.
    await write(repo, 'src/x.ts', 'export {};\n');
    await git(repo, ['add', '.']);
    await git(repo, ['commit', '-q', '-m', 'Code'], '2026-05-01T10:00:00+07:00');
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it('describes the field changes read from git, not the commit message', async () => {
    const history = await contentHistory({ cwd: repo });
    const file = historyOfFile(history, 'content/kota-a/program/layanan.md');
    const list = changeList('programme', file, 'id');
    expect(list.entries.map((entry) => [entry.day, entry.lines])).toEqual([
      [
        '2026-03-12',
        [
          'Status: Direncanakan → Berjalan, per 1 Maret 2025',
          'Kemajuan dilaporkan per 1 Maret 2025: Berjalan, 40%',
          `Anggaran ditambah: ${formatRupiah(1_000_000_000, 'id')} → ${formatRupiah(2_500_000_000, 'id')}`,
          'Sumber ditambahkan: Layanan Daring resmi diluncurkan (2 Maret 2025)',
        ],
      ],
      ['2026-01-05', ['Program ditambahkan ke portal']],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/fix: bump|#42|[0-9a-f]{7,}|content\//);
  });

  it('survives a version that cannot be read, saying so', async () => {
    const region = changeList('region', historyOfFile(await contentHistory({ cwd: repo }), 'content/kota-a/index.md'), 'id');
    expect(region.entries.map((entry) => entry.lines)).toEqual([
      ['Data diubah; salah satu versinya tidak dapat dibaca, jadi rinciannya tidak ditampilkan.'],
      ['Data diubah; salah satu versinya tidak dapat dibaca, jadi rinciannya tidak ditampilkan.'],
      ['Halaman daerah dibuat'],
    ]);
  });

  it('dates the data version by the newest change to content/ or data/, not to code', async () => {
    const { version } = await contentHistory({ cwd: repo });
    const cohortCommit = (await run('git', ['log', '-1', '--format=%H', '--', 'data/'], { cwd: repo })).stdout.trim();
    expect(version).toEqual({ hash: cohortCommit, shortHash: cohortCommit.slice(0, 7), date: '2026-04-01T10:00:00+07:00', day: '2026-04-01' });
  });
});

describe('field names in the change history', () => {
  it('has a reader’s name for every field of a region file and a dimension page, in both languages', () => {
    const schemas = jsonSchemas();
    const fields = (name: 'region' | 'dimension-page') => Object.keys((schemas[name] as { properties: object }).properties).sort();
    expect(Object.keys(idLayout.changeHistory.fields.region).sort()).toEqual(fields('region'));
    expect(Object.keys(idLayout.changeHistory.fields.dimensionPage).sort()).toEqual(fields('dimension-page'));
    expect(describeContentChange('dimensionPage', { kind: 'edited', body: false, fields: [{ type: 'other', field: 'readiness' }] }, 'en')).toEqual(['Readiness analysis changed']);
  });
});
