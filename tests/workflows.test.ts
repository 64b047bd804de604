import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * CI and editor configuration are code too: every npm command they call must exist, the deploy
 * must wait for the check and the build, and editors must check frontmatter against the schemas.
 */

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const readYaml = async (file: string): Promise<unknown> => parse(await readFile(file, 'utf8'));

interface PackageJson {
  readonly scripts: Readonly<Record<string, string>>;
}

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Readonly<Record<string, unknown>>;
  readonly env?: Readonly<Record<string, string>>;
}

interface GitHubJob {
  readonly needs?: string | readonly string[];
  readonly permissions?: Readonly<Record<string, string>>;
  readonly steps: readonly Step[];
}

interface GitHubWorkflow {
  readonly on: Readonly<Record<string, unknown>>;
  readonly permissions?: Readonly<Record<string, string>>;
  readonly concurrency?: { readonly group?: string };
  readonly jobs: Readonly<Record<string, GitHubJob>>;
}

interface GitLabJob {
  readonly script?: readonly string[];
  readonly before_script?: readonly string[];
  readonly rules?: readonly { readonly if?: string }[];
  readonly artifacts?: { readonly paths?: readonly string[] };
  readonly cache?: readonly { readonly key?: unknown; readonly paths?: readonly string[] }[];
  readonly variables?: Readonly<Record<string, string>>;
  readonly environment?: unknown;
  readonly secrets?: unknown;
  readonly id_tokens?: unknown;
}

type GitLabPipeline = Readonly<Record<string, unknown>> & { readonly default: GitLabJob & { readonly image: string } };

const packageJson = (await readJson('package.json')) as PackageJson;
const ci = (await readYaml('.github/workflows/ci.yml')) as GitHubWorkflow;
const deploy = (await readYaml('.github/workflows/deploy.yml')) as GitHubWorkflow;
const gitlab = (await readYaml('.gitlab-ci.yml')) as GitLabPipeline;
const WORKFLOW_DIR = '.github/workflows';
/** Every GitHub workflow, as its file name and its raw text: a new one is checked as soon as it exists. */
const workflowFiles = await Promise.all(
  (await readdir(WORKFLOW_DIR))
    .filter((name) => /\.ya?ml$/.test(name))
    .map(async (name) => ({ name, text: await readFile(`${WORKFLOW_DIR}/${name}`, 'utf8') })),
);

/** `npm ci`, `npm test`, `npm run <script>` in a shell command, in order. */
function npmCommands(command: string): string[] {
  return [...command.matchAll(/\bnpm\s+(ci|test|run\s+[\w:.-]+)/g)].map((match) => `npm ${match[1]!.replace(/\s+/g, ' ')}`);
}

const stepCommands = (job: GitHubJob): string[] => job.steps.flatMap((step) => (step.run ? npmCommands(step.run) : []));
const gitlabJobs = (): [string, GitLabJob][] =>
  Object.entries(gitlab).filter((entry): entry is [string, GitLabJob] => typeof entry[1] === 'object' && entry[1] !== null && 'script' in entry[1]);
const gitlabCommands = (job: GitLabJob): string[] => [...(job.before_script ?? gitlab.default.before_script ?? []), ...(job.script ?? [])].flatMap(npmCommands);

describe('npm commands called by CI exist', () => {
  const everyCommand = [
    ...Object.values(ci.jobs).flatMap(stepCommands),
    ...Object.values(deploy.jobs).flatMap(stepCommands),
    ...gitlabJobs().flatMap(([, job]) => gitlabCommands(job)),
  ];

  it.each([...new Set(everyCommand)])('%s', (command) => {
    if (command === 'npm ci') expect(existsSync('package-lock.json')).toBe(true);
    else if (command === 'npm test') expect(packageJson.scripts.test).toBeDefined();
    else expect(packageJson.scripts[command.replace('npm run ', '')], command).toBeDefined();
  });

  it('finds the commands at all', () => {
    expect(everyCommand).toEqual(expect.arrayContaining(['npm ci', 'npm run check', 'npm test', 'npm run build']));
  });
});

describe('GitHub', () => {
  it('checks and tests every pull request', () => {
    expect(ci.on).toHaveProperty('pull_request');
    expect(Object.values(ci.jobs).flatMap(stepCommands)).toEqual(['npm ci', 'npm run check', 'npm test']);
  });

  it('deploys main only after the check and the build succeeded', () => {
    expect(deploy.on).toEqual(expect.objectContaining({ push: { branches: ['main'] } }));
    expect(deploy.concurrency?.group).toBeTruthy();
    const { build, deploy: publish } = deploy.jobs;
    expect(stepCommands(build!)).toEqual(['npm ci', 'npm run check', 'npm run build']);
    // The upload comes after the build step, and only the uploaded build is deployed.
    const buildStep = build!.steps.findIndex((step) => step.run === 'npm run build');
    const upload = build!.steps.findIndex((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload).toBeGreaterThan(buildStep);
    expect(build!.steps[upload]?.with).toEqual({ path: 'dist' });
    expect(publish!.needs).toBe('build');
    expect(publish!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish!.steps.map((step) => step.uses)).toEqual([expect.stringMatching(/^actions\/deploy-pages@v\d+$/)]);
  });

  it('builds for the address GitHub Pages serves', () => {
    const buildStep = deploy.jobs.build!.steps.find((step) => step.run === 'npm run build');
    expect(Object.keys(buildStep?.env ?? {})).toEqual(['SITE_URL', 'BASE_PATH']);
  });

  it('keeps the drawn diagrams and the page copies between deployments of main, and nowhere else', () => {
    const cachedPaths = (job: GitHubJob): string[] =>
      job.steps.filter((step) => step.uses?.startsWith('actions/cache@')).flatMap((step) => String(step.with?.path ?? '').split('\n').filter(Boolean));
    const build = deploy.jobs.build!;
    expect(cachedPaths(build)).toEqual(['.cache/diagrams', '.cache/astro']);
    // Restored after `npm ci` and before the build: npm ci empties node_modules/, the build reads the caches.
    const cacheStep = build.steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(cacheStep).toBeGreaterThan(build.steps.findIndex((step) => step.run === 'npm ci'));
    expect(cacheStep).toBeLessThan(build.steps.findIndex((step) => step.run === 'npm run build'));
    // The pull-request workflow runs unreviewed code: it must keep no cache the deployment could read.
    expect(Object.values(ci.jobs).flatMap(cachedPaths)).toEqual([]);
  });

  it('pins every action to a major version', () => {
    for (const workflow of [ci, deploy]) {
      for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps)) {
        if (step.uses) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
      }
    }
  });
});

describe('GitHub: untrusted branches get read-only permissions and no secrets', () => {
  const workflows = workflowFiles.map(({ name, text }) => ({ name, text, workflow: parse(text) as GitHubWorkflow }));
  /** Events that run a branch's code with this repository's secrets or a writable token. */
  const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run'];

  it('finds the workflows', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  });

  it.each(workflowFiles.map(({ name }) => name))('%s never runs on pull_request_target or workflow_run', (name) => {
    const { workflow } = workflows.find((w) => w.name === name)!;
    expect(Object.keys(workflow.on).filter((event) => PRIVILEGED_EVENTS.includes(event))).toEqual([]);
  });

  it.each(workflowFiles.map(({ name }) => name))('%s is read-only at the top, so a job without its own permissions cannot write', (name) => {
    expect(workflows.find((w) => w.name === name)!.workflow.permissions).toEqual({ contents: 'read' });
  });

  it('the pull-request workflow uses no secrets and asks for no permission beyond reading', () => {
    const pullRequestWorkflows = workflows.filter(({ workflow }) => 'pull_request' in workflow.on);
    expect(pullRequestWorkflows.map((w) => w.name)).toEqual(['ci.yml']);
    for (const { text, workflow } of pullRequestWorkflows) {
      expect(text).not.toMatch(/\bsecrets\s*[.[]/);
      for (const job of Object.values(workflow.jobs)) {
        expect(Object.values(job.permissions ?? {}).filter((level) => level !== 'read' && level !== 'none')).toEqual([]);
      }
    }
  });

  it('only the deploy job, which runs no project code, may write', () => {
    for (const { name, workflow } of workflows) {
      for (const [jobName, job] of Object.entries(workflow.jobs)) {
        const writes = Object.values(job.permissions ?? {}).some((level) => level === 'write');
        if (!writes) continue;
        expect(`${name}:${jobName}`).toBe('deploy.yml:deploy');
        expect(job.steps.every((step) => step.run === undefined)).toBe(true);
      }
    }
  });

  it('no checkout leaves the token in .git/config for the scripts that run after it', () => {
    const checkouts = workflows.flatMap(({ workflow }) => Object.values(workflow.jobs).flatMap((job) => job.steps)).filter((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
  });
});

describe('the build itself runs the check', () => {
  it('so a content problem fails the build before anything is published', () => {
    expect(packageJson.scripts.build).toMatch(/^npm run check && /);
  });
});

describe('GitLab', () => {
  const jobs = Object.fromEntries(gitlabJobs());

  it('runs on Node 24 with Chromium installed', () => {
    expect(gitlab.default.image).toBe('node:24-bookworm');
    expect(gitlab.default.before_script).toEqual(expect.arrayContaining([expect.stringContaining('apt-get install -y chromium')]));
  });

  it('checks and tests every merge request', () => {
    expect(jobs.test?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(gitlabCommands(jobs.test!)).toEqual(['npm ci', 'npm run check', 'npm test']);
  });

  it('gives merge-request jobs no variables, environment or tokens of their own, and says why', async () => {
    const mergeRequestJobs = gitlabJobs().filter(([, job]) => job.rules?.some((rule) => rule.if?.includes('merge_request_event')));
    expect(mergeRequestJobs.map(([name]) => name)).toEqual(['test']);
    for (const [, job] of mergeRequestJobs) {
      expect([job.variables, job.environment, job.secrets, job.id_tokens]).toEqual([undefined, undefined, undefined, undefined]);
      // Only GitLab's predefined CI_ variables may appear in what it runs.
      const commands = [...(job.before_script ?? gitlab.default.before_script ?? []), ...(job.script ?? [])].join('\n');
      expect(commands.match(/\$\{?(?!CI_)[A-Za-z_]\w*/g) ?? []).toEqual([]);
    }
    expect(await readFile('.gitlab-ci.yml', 'utf8')).toMatch(/must get no protected variable/);
  });

  it('publishes the built site as public/ from the default branch only', () => {
    const pages = jobs.pages!;
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(gitlabCommands(pages)).toEqual(['npm ci', 'npm run check', 'npm run build']);
    const script = pages.script ?? [];
    expect(script.indexOf('rm -rf public && mv dist public')).toBeGreaterThan(script.indexOf('npm run build'));
    expect(pages.artifacts?.paths).toEqual(['public']);
  });

  it('keeps the drawn diagrams and the page copies between deployments, never in a merge-request job', () => {
    const sitePaths = (job: GitLabJob): string[] => (job.cache ?? []).flatMap((cache) => cache.paths ?? []).filter((path) => path.startsWith('.cache/'));
    expect(sitePaths(jobs.pages!)).toEqual(['.cache/diagrams/', '.cache/astro/']);
    expect(sitePaths(jobs.test!)).toEqual([]);
    expect(gitlab.default.cache).not.toHaveProperty('paths', expect.arrayContaining([expect.stringMatching(/^\.cache\//)]));
  });
});

describe('editor support', () => {
  it('turns on frontmatter checking for content files in VS Code', async () => {
    const settings = (await readJson('.vscode/settings.json')) as Record<string, unknown>;
    expect(settings['astro.content-intellisense']).toBe(true);
    expect(settings['files.associations']).toEqual({ '*.mdx': 'mdx' });
    const extensions = (await readJson('.vscode/extensions.json')) as { recommendations: string[] };
    expect(extensions.recommendations).toEqual(expect.arrayContaining(['astro-build.astro-vscode', 'unifiedjs.vscode-mdx']));
    // The extension reads the schemas Astro writes when this flag is on.
    expect(await readFile('astro.config.mjs', 'utf8')).toMatch(/experimental: \{[^}]*\bcontentIntellisense: true,/);
  });
});
