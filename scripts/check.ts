/**
 * `npm run check`: validates every file in content/ and reports every problem at once, in plain
 * Indonesian with English beside it. Exit code 1 when anything is wrong.
 */
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { formatProblem, formatSummary, formatWarning, formatWarningSummary } from '../src/lib/content/problem.ts';

const { problems, warnings, counts } = await loadContentFromDisk(process.env.CONTENT_ROOT || process.cwd());
for (const problem of problems) console.log(`${formatProblem(problem)}\n`);
for (const warning of warnings) console.log(`${formatWarning(warning)}\n`);
const warningSummary = formatWarningSummary(warnings.length);
if (warningSummary) console.log(warningSummary);
console.log(formatSummary(problems, counts));
process.exitCode = problems.length > 0 ? 1 : 0;
