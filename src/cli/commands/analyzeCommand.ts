import type { Command } from 'commander';
import { analyzeExperiment } from '../../experiments/analysis/analyzeExperiment';
import { parseAnalyzeInput } from '../../experiments/analysis/analyzeInput';
import { readJsonDocument } from '../../experiments/analysis/jsonDocument';
import type { CliContext } from '../cliContext';

const INPUT_HELP = `
Input (JSON object):
  {"metric": "binomial" | "mean", "control": "A",
   "alpha": 0.05, "correction": "holm" | "bh" | "none", "expectedWeights": [0.5, 0.5],
   "sequential": {"tuning": 5000},
   "arms": [{"name": "A", "users": 1000, "conversions": 100}, ...]}      (binomial)
   "arms": [{"name": "A", "users": 1000, "mean": 1.2, "stddev": 0.4}, ...]  (mean)
  Defaults: alpha 0.05, correction holm, equal expected weights, fixed-horizon (no sequential).
Output: {"srm": {...}, "arms": [...]} on stdout; invalid input exits with code 2 and names the field.`;

/** `cpo analyze <file|->`: experiment results (SRM, lifts with CIs, adjusted p-values, chance to win) as JSON. */
export function registerAnalyzeCommand(program: Command, context: CliContext): void {
  program
    .command('analyze')
    .description(
      'Analyze A/B/n results: SRM check, absolute and relative lift with CIs, adjusted p-values, chance to win.',
    )
    .argument('<file>', 'JSON input file, or - to read standard input')
    .addHelpText('after', INPUT_HELP)
    .action(async (file: string) => {
      const input = parseAnalyzeInput(await readJsonDocument(file, context));
      context.stdout.write(`${JSON.stringify(analyzeExperiment(input))}\n`);
    });
}
