import { intentInput } from '../src/adapters/planner/intent/intentInput';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(intentInput(t)));
