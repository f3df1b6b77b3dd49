import type { Bench } from './bench';
import { IntentPlanner } from '../src/adapters/planner/intent/intentPlanner';
import { planJsonLine } from '../src/cli/commands/planCommand';

/** A mix of requests in the six languages, as marketers type them. */
const UTTERANCES = [
  "Draft 3 emails for customers who haven't bought in 90 days about the spring sale",
  "don't draft anything, just show me the VIPs",
  'find approved content about free shipping',
  'is this copy safe: Buy now and get 90% off!!!',
  'simulate a week of results with 12% lift for spring-winback',
  'how is the spring-winback test doing?',
  'Schreib drei E-Mails an Kunden, die seit 3 Monaten nicht gekauft haben',
  'nichts entwerfen, zeig mir nur die VIP-Kunden',
  'Rédige trois e-mails pour les clients inactifs depuis 2 mois',
  'Lance le test A/B pour la campagne soldes_ete',
  'Redacta tres correos para clientes que no compran hace 45 días',
  '¿Cómo va la prueba spring-winback?',
  'Escreva três e-mails para clientes inativos há 3 meses',
  'Mostre os resultados da campanha SPRING-2025',
  '90日間購入していない顧客向けにメールを3通作成して',
  'この文面は安全？「今すぐ購入で90%オフ」',
  "what's the weather",
  'hi',
  'make the second one shorter',
  'show me pending approvals',
  "what's running?",
  'draft an email about early access to the summer collection for everyone who bought boots in EMEA',
];

const LONG = `${'Some context about our brand and the season. '.repeat(110)}Please draft 3 emails for lapsed customers.`;

function measure(run: () => void, minMs: number): { count: number; ms: number } {
  const start = process.hrtime.bigint();
  let count = 0;
  let elapsed = 0;
  while (elapsed < minMs) {
    run();
    count += 1;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { count, ms: elapsed };
}

export const benches: Bench[] = [
  {
    name: 'planner: intent planner, mixed six-language requests',
    run: async () => {
      const planner = new IntentPlanner();
      const context = { currentCampaign: 'spring-winback-7f2' };
      let index = 0;
      const plan = (): void => {
        planner.planSync(UTTERANCES[index % UTTERANCES.length] ?? '', context);
        index += 1;
      };
      measure(plan, 300); // warm-up: compile regular expressions, JIT
      const { count, ms } = measure(plan, 2000);
      return { utterances: count, ms: Math.round(ms), utterancesPerSecond: Math.round((count / ms) * 1000) };
    },
  },
  {
    name: 'planner: intent planner, 5,000-character request',
    run: async () => {
      const planner = new IntentPlanner();
      measure(() => planner.planSync(LONG), 200);
      const { count, ms } = measure(() => planner.planSync(LONG), 2000);
      return {
        characters: LONG.length,
        utterances: count,
        msPerUtterance: Math.round((ms / count) * 1000) / 1000,
        utterancesPerSecond: Math.round((count / ms) * 1000),
      };
    },
  },
  {
    name: 'planner: cpo plan --jsonl line handling (parse, plan, serialize)',
    run: async () => {
      const planner = new IntentPlanner();
      const lines = UTTERANCES.map((text, id) => JSON.stringify({ id, text }));
      let index = 0;
      const plan = (text: string, context: object) => planner.planSync(text, context);
      const handle = (): void => {
        void planJsonLine(lines[index % lines.length] ?? '', index + 1, plan, {}).then((line) =>
          JSON.stringify(line),
        );
        index += 1;
      };
      measure(handle, 300);
      const { count, ms } = measure(handle, 2000);
      return { lines: count, ms: Math.round(ms), linesPerSecond: Math.round((count / ms) * 1000) };
    },
  },
];
