import { main } from './main';

// Entry point when the CLI runs from its TypeScript sources (`node --import tsx src/cli/bin.ts …`).
void main(process.argv);
