import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHistory, fileHistory, lastChanged } from '../src/lib/history/git.ts';
import { FIELD_SEPARATOR as F, RECORD_SEPARATOR as R, historyOfFile, indexHistory, parseGitLog } from '../src/lib/history/log.ts';

const hash = (digit: string) => digit.repeat(40);

/** What `git log --format=<LOG_FORMAT> --name-status` prints, newest first. */
const LOG = [
  `${R}${hash('e')}${F}${hash('d')} ${hash('c')}${F}2026-03-14T10:00:00+07:00${F}Merge branch 'bontang'\n`,
  `${R}${hash('d')}${F}${hash('b')}${F}2026-03-12T09:15:00+07:00${F}Rename programme file: e-warga → layanan-warga\n\nR087\tcontent/kota-a/program/e-warga.md\tcontent/kota-a/program/layanan-warga.md\nM\tcontent/kota-a/index.mdx\n`,
  `${R}${hash('c')}${F}${hash('b')}${F}2026-03-11T20:00:00+00:00${F}Bontang: progress <2026> & "status"\n\nM\tcontent/kota-a/program/e-warga.md\n`,
  `${R}${hash('b')}${F}${hash('a')}${F}2026-02-01T08:00:00+07:00${F}Delete old programme\n\nD\tcontent/kota-a/program/lama.md\n`,
  `${R}${hash('a')}${F}${F}2026-01-05T08:00:00+07:00${F}First content\n\nA\tcontent/kota-a/index.mdx\nA\tcontent/kota-a/program/e-warga.md\nA\tcontent/kota-a/program/lama.md\n`,
].join('');

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
      { kind: 'renamed', path: 'content/kota-a/program/layanan-warga.md', previousPath: 'content/kota-a/program/e-warga.md' },
      { kind: 'modified', path: 'content/kota-a/index.mdx' },
    ]);
    expect(commits[3]!.changes).toEqual([{ kind: 'deleted', path: 'content/kota-a/program/lama.md' }]);
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

  it('skips records that are not commits instead of failing', () => {
    expect(parseGitLog(`${R}warning: something odd\n${R}${hash('f')}${F}${F}not a date${F}Broken\n`)).toEqual([]);
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
        [
          `${R}${hash('3')}${F}${hash('2')}${F}2026-03-03T00:00:00Z${F}New file at the old name\n\nA\tcontent/x/program/a.md\n`,
          `${R}${hash('2')}${F}${hash('1')}${F}2026-03-02T00:00:00Z${F}Rename a to b\n\nR100\tcontent/x/program/a.md\tcontent/x/program/b.md\n`,
          `${R}${hash('1')}${F}${F}2026-03-01T00:00:00Z${F}Create a\n\nA\tcontent/x/program/a.md\n`,
        ].join(''),
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
    const shallow = indexHistory(
      parseGitLog(
        [
          LOG.slice(0, LOG.indexOf(`${R}${hash('b')}`)),
          `${R}${hash('b')}${F}${F}2026-02-01T08:00:00+07:00${F}Delete old programme\n\n`,
          'A\tcontent/kota-a/index.mdx\nA\tcontent/kota-a/program/e-warga.md\nA\tcontent/kota-a/dimensi/smart-living.mdx\n',
        ].join(''),
      ),
      'shallow',
    );
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
    await write(project, 'content/kota-a/program/baru.md', 'belum di-commit\n');

    await git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, 'shallow']);
    shallowProject = path.join(temp, 'shallow', 'portal');
  });

  afterAll(async () => {
    await rm(temp, { recursive: true, force: true });
  });

  it('lists the commits that touched a file, newest first, across a rename', async () => {
    const history = await fileHistory('content/kota-a/program/layanan-warga.md', { cwd: project });
    expect(history.gap).toBe('none');
    expect(history.changes.map((c) => [c.commit.day, c.commit.subject, c.kind])).toEqual([
      ['2026-03-12', 'Rename e-Warga to Layanan Warga', 'renamed'],
      ['2026-02-10', 'Update e-Warga progress', 'modified'],
      ['2026-01-05', 'First content', 'added'],
    ]);
    expect(history.changes[0]!.commit.date).toBe('2026-03-12T09:15:00+07:00');
    expect(history.changes[0]!.commit.hash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('gives the last change of a file, and nothing for a file not yet committed', async () => {
    expect((await lastChanged('content/kota-a/index.mdx', { cwd: project }))?.subject).toBe('First content');
    expect(await lastChanged('content/kota-a/program/baru.md', { cwd: project })).toBeUndefined();
    expect((await fileHistory('content/kota-a/program/baru.md', { cwd: project })).gap).toBe('uncommitted');
  });

  it('reads content/ only, with paths relative to the project', async () => {
    const history = await contentHistory({ cwd: project });
    expect([...history.byFile.keys()].sort()).toEqual(['content/kota-a/index.mdx', 'content/kota-a/program/layanan-warga.md']);
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

describe('the portal repository', () => {
  it('has history for its content, unless this checkout lacks it', async () => {
    const history = await contentHistory();
    if (history.status !== 'complete') return;
    const last = await lastChanged('content/kota-contoh/index.mdx');
    expect(last?.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(last?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
