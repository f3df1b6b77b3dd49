// Runs the CLI from the TypeScript sources (used when dist/ is missing or stale): node --import tsx this-file …
import { main } from '../../../src/cli/main';

void main(process.argv);
