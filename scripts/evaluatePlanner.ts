import { join } from 'node:path';
import { IntentPlanner } from '../src/adapters/planner/intent/intentPlanner';
import { evaluatePlans, readHeldOut, tallyRow } from './lib/plannerEvaluation';

/** Prints the offline planner's figures on a held-out split: `npx tsx scripts/evaluatePlanner.ts round1.jsonl`. */
const repoRoot = join(__dirname, '..');
const file = process.argv[2] ?? 'round1.jsonl';
const planner = new IntentPlanner();
const result = evaluatePlans(readHeldOut(repoRoot, file), (text, context) => planner.planSync(text, context));
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
