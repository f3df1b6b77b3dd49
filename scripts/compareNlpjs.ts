import { join } from 'node:path';
import { IntentPlanner } from '../src/adapters/planner/intent/intentPlanner';
import { isIntentLabel } from '../src/adapters/planner/intent/intentLabels';
import type { Prediction } from '../src/adapters/planner/intent/intentModel';
import { intentInput } from '../src/adapters/planner/intent/intentInput';
import { evaluatePlans, readHeldOut, tallyRow } from './lib/plannerEvaluation';
import { plannerTrainingFiles, readPlannerTrainingLines } from './lib/plannerTraining';

/**
 * The NLP.js baseline of the README's planner tables: NLP.js trained on the same lines as the intent
 * model, its intents planned by the same extractors, on a held-out split. NLP.js is not a dependency:
 * `npm i --no-save @nlpjs/core @nlpjs/nlp @nlpjs/lang-en @nlpjs/lang-de @nlpjs/lang-fr @nlpjs/lang-es
 * @nlpjs/lang-pt @nlpjs/lang-ja`, then `npx tsx scripts/compareNlpjs.ts round3.jsonl`.
 */
interface NlpjsClassification {
  intent: string;
  score: number;
}
interface NlpjsNlp {
  settings: { autoSave: boolean };
  addLanguage(languages: string[]): void;
  addDocument(language: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(language: string, text: string): Promise<{ classifications?: NlpjsClassification[] }>;
}
interface NlpjsContainer {
  use(plugin: unknown): void;
  get(name: string): unknown;
}

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'ja'];
const packageOf = (name: string): Promise<Record<string, unknown>> =>
  import(name) as Promise<Record<string, unknown>>;

async function main(): Promise<void> {
  const repoRoot = join(__dirname, '..');
  const core = await packageOf('@nlpjs/core');
  const container = await (core.containerBootstrap as () => Promise<NlpjsContainer>)();
  container.use((await packageOf('@nlpjs/nlp')).Nlp);
  for (const language of LANGUAGES) {
    const name = `Lang${language[0]?.toUpperCase() ?? ''}${language.slice(1)}`;
    container.use((await packageOf(`@nlpjs/lang-${language}`))[name]);
  }
  const nlp = container.get('nlp') as NlpjsNlp;
  nlp.settings.autoSave = false;
  nlp.addLanguage(LANGUAGES);
  for (const line of readPlannerTrainingLines(repoRoot, plannerTrainingFiles(repoRoot))) {
    nlp.addDocument(LANGUAGES.includes(line.lang) ? line.lang : 'en', line.text, line.label);
  }
  await nlp.train();
  const cases = readHeldOut(repoRoot, process.argv[2] ?? 'round1.jsonl');
  const ranked = new Map<string, Prediction[]>();
  for (const testCase of cases) {
    const result = await nlp.process(testCase.lang, testCase.text);
    const predictions = (result.classifications ?? []).flatMap((entry) =>
      isIntentLabel(entry.intent) ? [{ label: entry.intent, probability: entry.score }] : [],
    );
    ranked.set(intentInput(testCase.text), predictions);
  }
  const none: Prediction[] = [{ label: 'out_of_scope', probability: 1 }];
  const planner = new IntentPlanner({
    model: { predict: (plain) => (ranked.get(plain)?.length ? (ranked.get(plain) ?? none) : none) },
  });
  const result = evaluatePlans(cases, (text, context) => planner.planSync(text, context));
  process.stdout.write(
    [
      tallyRow('all', result.overall),
      ...Object.entries(result.byLanguage).map(([lang, tally]) => tallyRow(lang, tally)),
      ...Object.entries(result.byTool).map(([tool, tally]) => tallyRow(tool, tally)),
    ].join('\n') + '\n',
  );
}

void main();
