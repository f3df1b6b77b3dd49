import { join } from 'node:path';
import { IntentPlanner } from '../src/adapters/planner/intent/intentPlanner';
import { evaluatePlans, readHeldOut, tallyRow } from './lib/plannerEvaluation';
import {
  chooseHelpThreshold,
  crossValidationReport,
  outOfFoldProbabilities,
  readPlannerTrainingSet,
  type CrossValidationTally,
} from './lib/plannerTraining';

/**
 * Prints the offline planner's figures on a held-out split: `npx tsx scripts/evaluatePlanner.ts round1.jsonl`.
 * `--cv` instead cross-validates the training lines (5 folds: interleaved lines, and
 * groups of one file and style held out together),
 * per language and per label; `--cv --sweep` adds the help decision's two error rates per help threshold.
 */
const repoRoot = join(__dirname, '..');
const args = process.argv.slice(2);

const ratio = (part: number, whole: number): string => (whole === 0 ? '–' : (part / whole).toFixed(3));
const cvRow = (name: string, tally: CrossValidationTally): string =>
  `| ${name} | ${tally.accuracy.toFixed(3)} | ${ratio(tally.inScopeHelp, tally.inScope)} | ${ratio(tally.outOfScopeHelp, tally.outOfScope)} | ${tally.n} |`;

function crossValidate(): void {
  const set = readPlannerTrainingSet(repoRoot);
  const out: string[] = [`${set.lines.length} training lines in ${set.files.length} files`];
  for (const split of ['interleaved', 'groups'] as const) {
    const probabilities = outOfFoldProbabilities(set.lines, set.fileOf, split);
    // The likeliest label, and (groups) the planner's rule at the help threshold training would choose.
    const threshold = split === 'groups' ? chooseHelpThreshold(set.lines, probabilities) : undefined;
    const report = crossValidationReport(set.lines, probabilities, threshold, split);
    out.push(
      '',
      `### ${split}${threshold === undefined ? ' (likeliest label)' : ` (help threshold ${threshold})`}`,
      '| slice | label accuracy | in-scope → help | out-of-scope → help | n |',
      '| --- | --- | --- | --- | --- |',
      cvRow('all', report.overall),
      ...Object.entries(report.byLanguage).map(([lang, tally]) => cvRow(lang, tally)),
      ...Object.entries(report.byLabel).map(([label, tally]) => cvRow(label, tally)),
    );
    if (args.includes('--sweep')) {
      out.push(
        '',
        '| help threshold | in-scope → help | out-of-scope → help | label accuracy |',
        '| --- | --- | --- | --- |',
      );
      for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
        const swept = crossValidationReport(set.lines, probabilities, threshold, split).overall;
        out.push(
          `| ${threshold} | ${ratio(swept.inScopeHelp, swept.inScope)} | ${ratio(swept.outOfScopeHelp, swept.outOfScope)} | ${swept.accuracy.toFixed(3)} |`,
        );
      }
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function evaluateSplit(file: string): void {
  const planner = new IntentPlanner();
  const result = evaluatePlans(readHeldOut(repoRoot, file), (text, context) =>
    planner.planSync(text, context),
  );
  const header =
    '| | first tool | in-scope → help | out-of-scope → help | args correct | n |\n| --- | --- | --- | --- | --- | --- |';
  process.stdout.write(
    [
      header,
      tallyRow('all', result.overall),
      ...Object.entries(result.byLanguage).map(([lang, tally]) => tallyRow(lang, tally)),
      ...Object.entries(result.byTool).map(([tool, tally]) => tallyRow(tool, tally)),
      '',
      ...result.misses.map((miss) => `miss: ${miss}`),
    ].join('\n') + '\n',
  );
}

if (args.includes('--cv')) crossValidate();
else evaluateSplit(args[0] ?? 'round1.jsonl');
