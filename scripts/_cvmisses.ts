import { join } from 'node:path';
import { outOfFoldProbabilities, readPlannerTrainingSet, decideLabel } from './lib/plannerTraining';
const HELP = new Set(['greeting', 'help', 'out_of_scope']);
const set = readPlannerTrainingSet(process.cwd());
const p = outOfFoldProbabilities(set.lines, set.fileOf, 'groups');
const t = Number(process.argv[2] ?? 'NaN');
set.lines.forEach((line, i) => {
  const d = decideLabel(p[i] ?? [], Number.isNaN(t) ? undefined : t);
  if (HELP.has(d) !== HELP.has(line.label))
    console.log(
      `${HELP.has(line.label) ? 'OOS→task' : 'TASK→help'}\t${line.label}\t${d}\t${line.lang}\t${set.fileOf[i]?.replace('tests/planner/training/', '')}\t${line.text.slice(0, 100)}`,
    );
});
