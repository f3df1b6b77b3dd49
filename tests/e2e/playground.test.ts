/**
 * End to end in the real Microsoft 365 Agents Playground, driven by headless Chromium:
 * a marketer drafts a campaign and sees variant cards; an approver (another Playground signed in as
 * another user) approves one from the review queue and the card shows who approved.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningBot } from '../../src/app/startBot';
import { startPlayground, stopProcess } from '../../scripts/lib/playground';
import { REPO_ROOT, startTestBot } from '../support/botHarness';

const MARKETER_PORT = 56170;
const APPROVER_PORT = 56171;
const MANAGER_PORT = 56172;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(REPO_ROOT, 'test-results');

jest.setTimeout(180_000);

async function openChat(browser: Browser, port: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  await page.goto(`http://localhost:${port}`);
  await page.locator('[contenteditable="true"][role="textbox"]').waitFor();
  return page;
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.locator('[contenteditable="true"][role="textbox"]');
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** In a channel the bot only hears messages that @mention it: pick it from the mention suggestions. */
async function postInChannelMentioningBot(page: Page, text: string): Promise<void> {
  await page.locator('[contenteditable="true"][role="textbox"]').first().click();
  await page.keyboard.type('@Campaign');
  await page.getByRole('menuitem', { name: 'Campaign Assistant' }).first().click();
  await page.keyboard.type(` ${text}`);
  await page.getByRole('button', { name: 'Post' }).click();
}

describe('Agents Playground end to end', () => {
  let bot: RunningBot;
  const playgrounds: ChildProcess[] = [];
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    ({ bot } = await startTestBot());
    const endpoint = `http://localhost:${bot.port}/api/messages`;
    // One after another, as before the parallel experiment: each Playground connects to the bot as it starts.
    const users: Array<{ port: number; configPath?: string }> = [
      { port: MARKETER_PORT },
      { port: APPROVER_PORT, configPath: join(REPO_ROOT, 'config', 'playground', 'approver.yml') },
      { port: MANAGER_PORT, configPath: join(REPO_ROOT, 'config', 'playground', 'manager.yml') },
    ];
    for (const user of users) {
      playgrounds.push(
        await startPlayground({
          repoRoot: REPO_ROOT,
          botEndpoint: endpoint,
          port: user.port,
          ...(user.configPath === undefined ? {} : { configPath: user.configPath }),
          log: () => undefined,
        }),
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(playgrounds.map((child) => stopProcess(child)));
    await bot?.close();
  });

  it('drafts variant cards for a marketer and lets another approver approve one', async () => {
    const marketer = await openChat(browser, MARKETER_PORT);
    await send(
      marketer,
      "draft a win-back email for customers who haven't bought in 90 days, promote the spring sale, 3 variants",
    );
    await marketer.getByText('Variant 3 of 3').waitFor({ timeout: 60_000 });
    const firstCard = marketer.locator('.ac-adaptiveCard', { hasText: 'Variant 1 of 3' }).last();
    await firstCard.getByText('Sources').waitFor();
    const cardText = await firstCard.innerText();
    expect(cardText).toMatch(/\[1\] .+ \([a-z0-9-]+\)/);
    expect(cardText).toMatch(/Safety: (No issues found|⚠️ Needs human review|⛔ Blocked)/);
    expect(cardText).toContain('Violence');
    const approveButtons = marketer.getByRole('button', { name: 'Approve' });
    expect(await approveButtons.count()).toBeGreaterThan(0);
    await firstCard.scrollIntoViewIfNeeded();
    await marketer.screenshot({ path: join(RESULTS, 'variant-card.png') });

    // The author is also an approver, but may not approve their own campaign.
    await approveButtons.first().click();
    await marketer.getByText("You drafted this campaign, so you can't approve its variants").waitFor();

    const approver = await openChat(browser, APPROVER_PORT);
    await send(approver, 'show me pending approvals');
    // The queue is one compact card per campaign; its button opens that campaign's variant cards.
    const openVariants = approver.getByRole('button', { name: /^Open \d+ variants?$/ }).first();
    await openVariants.waitFor({ timeout: 30_000 });
    await approver.screenshot({ path: join(RESULTS, 'review-queue-card.png') });
    await openVariants.click();
    const pendingCard = approver.locator('.ac-adaptiveCard', { hasText: 'Pending approval' }).first();
    await pendingCard.waitFor({ timeout: 30_000 });
    await pendingCard.getByRole('button', { name: 'Approve' }).click();
    await approver
      .getByText(/Approved by Megan Bowen on \d{4}-\d{2}-\d{2}/)
      .first()
      .waitFor({ timeout: 30_000 });
    await approver.screenshot({ path: join(RESULTS, 'approved-card.png') });
    // The decision also updates the card in the marketer's chat, where the campaign was drafted.
    await marketer
      .getByText(/Approved by Megan Bowen on/)
      .first()
      .waitFor({ timeout: 30_000 });

    // Approve the remaining variants so the campaign can be launched. Approved cards lose their
    // Approve button, so each click leaves one fewer.
    const approveInQueue = approver.getByRole('button', { name: 'Approve' });
    for (let left = await approveInQueue.count(); left > 0; left -= 1) {
      await approveInQueue.first().click();
      await approver
        .getByText(/Approved by Megan Bowen on/)
        .nth(3 - left)
        .waitFor({ timeout: 30_000 });
    }

    const summary = await marketer
      .getByText(/Drafted 3 email variants for campaign/)
      .first()
      .innerText();
    const campaignId = /campaign ([a-z0-9-_]+)/.exec(summary)?.[1] ?? '';
    expect(campaignId).not.toBe('');
    await send(marketer, `launch the experiment for campaign ${campaignId}`);
    await marketer
      .getByText(/customers per arm/)
      .first()
      .waitFor({ timeout: 30_000 });
    await send(marketer, `simulate a week of results with 12% lift for ${campaignId}`);
    await marketer
      .getByText(/Simulated 7 days/)
      .first()
      .waitFor({ timeout: 30_000 });

    // A manager asks in the team channel.
    const manager = await openChat(browser, MANAGER_PORT);
    await manager.getByText('Campaign Results').first().click();
    await postInChannelMentioningBot(manager, `how is the ${campaignId} test doing?`);
    const results = manager.locator('.ac-adaptiveCard', { hasText: /ship|keep running|stop/i }).last();
    await results.waitFor({ timeout: 30_000 });
    expect(await results.innerText()).toContain(campaignId);
    await results.scrollIntoViewIfNeeded();
    await manager.screenshot({ path: join(RESULTS, 'manager-summary.png') });
  });
});
