import type { Command } from 'commander';
import { readJsonDocument } from '../../experiments/analysis/jsonDocument';
import { planSampleSize } from '../../experiments/analysis/planSampleSize';
import { parseSampleSizeInput } from '../../experiments/analysis/sampleSizeInput';
import type { CliContext } from '../cliContext';

const INPUT_HELP = `
Input (JSON object):
  {"baselineRate": 0.1, "mde": 0.05, "alpha": 0.05, "power": 0.8, "arms": 2}
  mde is relative (treatment rate = baselineRate * (1 + mde)); alpha is split over arms - 1 comparisons.
  Defaults: alpha 0.05, power 0.8, arms 2, strict true (R power.prop.test(strict = TRUE)).
Output: {"usersPerArm": n} on stdout; invalid input exits with code 2 and names the field.`;

/** `cpo power <file|->`: users needed per arm for a two-proportion test, as R's power.prop.test. */
export function registerPowerCommand(program: Command, context: CliContext): void {
  program
    .command('power')
    .description('Sample size per arm to detect a relative lift on a conversion rate (two-sided z test).')
    .argument('<file>', 'JSON input file, or - to read standard input')
    .addHelpText('after', INPUT_HELP)
    .action(async (file: string) => {
      const input = parseSampleSizeInput(await readJsonDocument(file, context));
      context.stdout.write(`${JSON.stringify(planSampleSize(input))}\n`);
    });
}
