/**
 * `npm run screenshots:results`: the results card and the HTML report of a small and of a large simulated
 * test, as PNGs in test-results/ (results-card-small.png, report-small.png, results-card-large.png,
 * report-large.png). Needs the table service (`npm run dev`, or Azurite alone, see README) and Debian's
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Every run uses fresh tables (its own prefix).
 * The card is rendered by the Adaptive Cards JavaScript renderer (the one web hosts use): the Teams-only
 * native chart falls back to the text chart, as in the Agents Playground.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildResultsCard } from '../cards/resultsCard';
import {
  createExperimentServices,
  initExperimentServices,
  type ExperimentServices,
} from '../src/experiments/definition/experimentServices';
import { launchExperiment } from '../src/experiments/definition/launchExperiment';
import { generateReport } from '../src/experiments/reporting/generateReport';
import { summarizeResults } from '../src/experiments/reporting/summarizeResults';
import { runSimulation } from '../src/experiments/simulation/runSimulation';
import { createTableStore } from '../src/app/createTableStore';
import type { Campaign, VariantReview } from '../src/domain/campaign';
import { loadConfig } from '../src/config/loadConfig';
import { Pseudonymizer } from '../src/privacy/pseudonymizer';

const REPO_ROOT = join(__dirname, '..');
const OUT = join(REPO_ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DAY_MS = 24 * 3600 * 1000;
const AUTHOR = { id: '00000000-0000-0000-0000-0000000000a1', name: 'Alex Wilber' };
const APPROVER = { id: '00000000-0000-0000-0000-0000000000b2', name: 'Megan Bowen' };
/** The scenes' "now" (a fixed past instant: same seeds, same pictures on every run). */
const SCENE_NOW = Date.parse('2026-12-01T12:00:00.000Z');

/** Counter-based hex for experiment seeds and route codes, so assignments repeat across runs. */
function countingHex(): (bytes: number) => string {
  let counter = 0;
  return (bytes) => {
    counter++;
    return counter
      .toString(16)
      .padStart(bytes * 2, '0')
      .slice(-bytes * 2);
  };
}

interface Scenario {
  name: 'small' | 'large';
  audience: number;
  days: number;
  lift: number;
  seed: number;
}

const SCENARIOS: Scenario[] = [
  // About 65 recipients per arm over two days: below the minimum data, as in issue 12.
  { name: 'small', audience: 195, days: 2, lift: 0.5, seed: 7 },
  // 60,000 recipients over a week with a true 12% lift.
  { name: 'large', audience: 60_000, days: 7, lift: 0.12, seed: 12 },
];

function campaignOf(id: string, audience: number, createdAt: string): Campaign {
  return {
    id,
    author: AUTHOR,
    goal: 'win-back',
    topic: 'spring sale',
    channel: 'email',
    createdAt,
    segment: {
      id: 'seg-inactive-90',
      name: 'Inactive 90+ days',
      explanation: 'Customers whose last purchase was at least 90 days ago.',
      size: audience,
      traits: ['avg 142 days since last order'],
      method: 'behavior',
      criteria: { inactiveDays: 90 },
      reachableChannels: ['email'],
    },
    conversationId: 'screenshots',
    status: 'draft',
  };
}

function approvedReview(campaignId: string, number: number, at: string): VariantReview {
  return {
    variant: {
      id: `v${number}`,
      campaignId,
      segmentId: 'seg-inactive-90',
      channel: 'email',
      subject: number === 1 ? 'We miss you, {{firstName}}' : 'Your spring sale pass, {{firstName}}',
      body: 'Come back for 20% off in our Spring Sale.',
      citations: [
        { id: 'offer-spring-sale', title: 'Spring Sale: 20% off', excerpt: '20% off all outerwear' },
      ],
      generator: `template:winback-${number}@1`,
    },
    status: 'approved',
    approvals: [{ by: APPROVER, at }],
    version: 1,
  };
}

/** Launches a campaign `days` before the scene's now and simulates its engagement up to then (never later). */
async function prepare(
  scenario: Scenario,
  prefix: string,
): Promise<{ services: ExperimentServices; id: string }> {
  const config = loadConfig();
  const store = createTableStore({ ...config, tables: { ...config.tables, tablePrefix: prefix } });
  const now = SCENE_NOW;
  let clock = new Date(now - scenario.days * DAY_MS - 3600 * 1000);
  const services = createExperimentServices(store, {
    pseudonymizer: new Pseudonymizer(config.privacy.pseudonymKey, config.privacy.pseudonymKeyId),
    clock: () => clock,
    settings: { minimumData: config.results },
    randomHex: countingHex(),
  });
  await initExperimentServices(services);
  await services.people.remember(AUTHOR);
  await services.people.remember(APPROVER);
  const id = `spring-winback-${scenario.name}`;
  const created = new Date(clock.getTime() - DAY_MS).toISOString();
  await services.campaigns.create(campaignOf(id, scenario.audience, created), [
    approvedReview(id, 1, created),
    approvedReview(id, 2, created),
  ]);
  await launchExperiment({ campaignId: id, holdout: false, actor: AUTHOR }, services);
  clock = new Date(now);
  await runSimulation(
    { campaignId: id, days: scenario.days, lift: scenario.lift, seed: scenario.seed },
    services,
  );
  return { services, id };
}

/** A page that renders one Adaptive Card with the Adaptive Cards JS renderer, no network. */
function cardPage(card: unknown): string {
  const script = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
  const css = readFileSync(require.resolve('adaptivecards/dist/adaptivecards.css'), 'utf8');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body{font-family:"Segoe UI",Helvetica,Arial,sans-serif;background:#f5f5f5;margin:0;padding:16px}
#card{width:560px;background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:4px}
.ac-pushButton{border:1px solid #8a8886;background:#fff;border-radius:4px;padding:4px 10px;margin:2px}
</style><script>${script}</script></head><body><div id="card"></div><script>
const card = new AdaptiveCards.AdaptiveCard();
card.hostConfig = new AdaptiveCards.HostConfig({ fontFamily: 'Segoe UI, Helvetica, Arial, sans-serif' });
card.parse(${JSON.stringify(card)});
document.getElementById('card').appendChild(card.render());
</script></body></html>`;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const prefix = `shots${randomBytes(3).toString('hex')}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    for (const scenario of SCENARIOS) {
      const { services, id } = await prepare(scenario, prefix);
      const { results } = await summarizeResults(id, services);
      const card = buildResultsCard(results);
      const cardHtml = join(OUT, `results-card-${scenario.name}.html`);
      writeFileSync(cardHtml, cardPage(card));
      const outcome = await generateReport(
        { campaign: id, outDir: OUT, displayDir: 'test-results', actor: AUTHOR.id, exact: {} },
        services,
      );
      const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`file://${cardHtml}`);
      await page.locator('#card').screenshot({ path: join(OUT, `results-card-${scenario.name}.png`) });
      await page.setViewportSize({ width: 1040, height: 900 });
      await page.goto(`file://${join(OUT, `${id}.html`)}`);
      await page.screenshot({ path: join(OUT, `report-${scenario.name}.png`), fullPage: true });
      await page.close();
      process.stdout.write(
        `${scenario.name}: ${results.progress.currentPerArm} recipients in the smallest arm · ${outcome.recommendation.reason}\n`,
      );
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(
    `wrote test-results/results-card-{small,large}.png and test-results/report-{small,large}.png\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
