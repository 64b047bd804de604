import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatFieldPath } from './content/cross-check.ts';
import { parseYaml } from './content/frontmatter.ts';
import { describeRule, yamlSyntaxProblem, type RuleId } from './content/messages.ts';
import { schemaProblems } from './content/schema-problems.ts';
import type { Problem } from './content/problem.ts';
import { closestMatch } from './content/suggest.ts';
import { loadRegister, type Register } from './register/register.ts';
import { cohortFileSchema, type CohortClaim, type CohortSource } from './schema/cohort.ts';

/**
 * Reads and checks data/kohort.yaml, the cohorts of Gerakan Menuju (100) Smart City as sourced
 * claims (schema: src/lib/schema/cohort.ts). Plain TypeScript, no Astro: the check, the model and
 * the tests read the same claims. Problems read like content problems, `data/kohort.yaml:12 › …`.
 */

export type { CohortClaim, CohortSource };

/** Where the cohorts live, relative to the project root. */
export const COHORT_FILE = 'data/kohort.yaml';

export interface Cohorts {
  readonly sources: readonly CohortSource[];
  /** In file order; empty whenever there are problems, so no half-checked claim is published. */
  readonly claims: readonly CohortClaim[];
  readonly problems: readonly Problem[];
  /** The claims of each region, by Kemendagri code, in file order. */
  claimsByCode(): Map<string, CohortClaim[]>;
  sourceById(id: string): CohortSource | undefined;
}

/**
 * The cohorts of the project at `root` (default: the working directory), checked against the
 * repository's own register (see loadRegister). A root without data/kohort.yaml has no claims and
 * no problems: a test's content fixture or a benchmark root starts without cohorts.
 */
export function loadCohorts(root: string = process.cwd()): Cohorts {
  const file = path.resolve(root, COHORT_FILE);
  if (!existsSync(file)) return makeCohorts([], [], []);
  return parseCohorts(readFileSync(file, 'utf8'), loadRegister());
}

/** Checks the text of data/kohort.yaml against the schema, the register and itself. */
export function parseCohorts(text: string, register: Register): Cohorts {
  const parsed = parseYaml(text, 1);
  if (!parsed.ok) return makeCohorts([], [], [yamlSyntaxProblem(COHORT_FILE, parsed)]);
  const { data, lineOf } = parsed;
  const result = cohortFileSchema.safeParse(data);
  if (!result.success) return makeCohorts([], [], schemaProblems(COHORT_FILE, cohortFileSchema, result.error.issues, data, lineOf));

  const { sources, claims } = result.data;
  const problems: Problem[] = [];
  const report = (where: readonly PropertyKey[], rule: RuleId, values: Record<string, string | number>): void => {
    problems.push({ file: COHORT_FILE, line: lineOf(where), field: formatFieldPath(where), ...describeRule(rule, values) });
  };

  const sourceIndex = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = sourceIndex.get(source.id);
    if (first === undefined) sourceIndex.set(source.id, index);
    else report(['sources', index, 'id'], 'cohort-source-duplicate', { id: source.id, line: lineOf(['sources', first, 'id']) });
  });
  const sourceIds = [...sourceIndex.keys()];

  // One claim per region and year: two would be one statement split, not a disagreement.
  const claimIndex = new Map<string, number>();
  claims.forEach((claim, index) => {
    const registered = register.byCode(claim.code);
    if (!registered) report(['claims', index, 'code'], 'register-code-unknown', { value: claim.code });
    claim.sources.forEach((id, position) => {
      if (sourceIndex.has(id)) return;
      const suggestion = closestMatch(id, sourceIds);
      report(['claims', index, 'sources', position], 'cohort-source-unknown', { id, ...(suggestion ? { suggestion } : {}) });
    });
    const key = `${claim.code} ${claim.year}`;
    const first = claimIndex.get(key);
    if (first === undefined) claimIndex.set(key, index);
    else {
      const name = registered?.name ?? claim.code;
      report(['claims', index, 'code'], 'cohort-claim-duplicate', { name, code: claim.code, year: claim.year, line: lineOf(['claims', first, 'code']) });
    }
  });
  return problems.length === 0 ? makeCohorts(sources, claims, []) : makeCohorts(sources, [], problems);
}

/**
 * The founding cohorts of Gerakan Menuju 100 Smart City: a region was selected for the "100" once,
 * so two of these years for one region mean the sources disagree. Later years are later phases
 * (tourism areas, the new capital, …) that a region can join again.
 */
const LAST_FOUNDING_COHORT = 2019;

/** True when the claims of one region place it in more than one founding cohort: sources disagree. */
export function hasDisagreement(claims: readonly CohortClaim[]): boolean {
  return new Set(claims.filter((claim) => claim.year <= LAST_FOUNDING_COHORT).map((claim) => claim.year)).size > 1;
}

function makeCohorts(sources: readonly CohortSource[], claims: readonly CohortClaim[], problems: readonly Problem[]): Cohorts {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return {
    sources,
    claims,
    problems,
    claimsByCode: () => {
      const byCode = new Map<string, CohortClaim[]>();
      for (const claim of claims) byCode.set(claim.code, [...(byCode.get(claim.code) ?? []), claim]);
      return byCode;
    },
    sourceById: (id) => byId.get(id),
  };
}
