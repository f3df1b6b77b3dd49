import {
  outOfFoldProbabilities,
  readPlannerTrainingSet,
  crossValidationReport,
  PLANNER_TRAINING_OPTIONS,
} from './lib/plannerTraining';
const set = readPlannerTrainingSet(process.cwd());
for (const spec of process.argv.slice(2)) {
  const options = { ...PLANNER_TRAINING_OPTIONS, ...(JSON.parse(spec) as object) };
  const started = Date.now();
  const p = outOfFoldProbabilities(set.lines, set.fileOf, 'groups', options);
  const r = (t: number | undefined) => crossValidationReport(set.lines, p, t, 'groups');
  const f = (t: number | undefined) => {
    const o = r(t).overall;
    return `${o.accuracy.toFixed(3)} in→h ${(o.inScopeHelp / o.inScope).toFixed(3)} oos→h ${(o.outOfScopeHelp / o.outOfScope).toFixed(3)}`;
  };
  const base = r(undefined);
  const minLang = Object.entries(base.byLanguage)
    .filter(([l]) => l !== 'xx')
    .map(([l, t]) => `${l}:${t.accuracy.toFixed(3)}`)
    .join(' ');
  console.log(
    `${spec} | argmax ${f(undefined)} | t.35 ${f(0.35)} | t.45 ${f(0.45)} | ${minLang} | ${((Date.now() - started) / 1000).toFixed(0)}s`,
  );
}
