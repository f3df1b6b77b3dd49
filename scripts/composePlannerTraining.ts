import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPOSED_LANGUAGES, composeTrainingLines } from './lib/plannerTrainingComposer';

/** Writes tests/planner/training/composed-<lang>.jsonl from the authoring frames (deterministic). */
const folder = join(__dirname, '..', 'tests', 'planner', 'training');
COMPOSED_LANGUAGES.forEach((lang, index) => {
  const lines = composeTrainingLines(lang, 20261207 + index);
  writeFileSync(
    join(folder, `composed-${lang}.jsonl`),
    lines.map((line) => JSON.stringify(line)).join('\n') + '\n',
  );
  process.stderr.write(`${lang}: ${lines.length} lines\n`);
});
