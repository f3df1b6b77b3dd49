import { buildSafetyCard } from '../../cards/safetyCard';
import { createSafetyAgent } from '../../src/app/createSafetyAgent';
import { loadConfig } from '../../src/config/loadConfig';
import { createSilentLogger } from '../../src/shared/logger';
import { FakeChatCompletions, jsonContent, type ChatRequest } from '../support/fakeChatCompletions';
import { REPO_ROOT } from '../support/repoRoot';

type Json = Record<string, unknown>;
const texts = (node: unknown): string[] => {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const object = node as Json;
    return [
      ...(typeof object.text === 'string' ? [object.text] : []),
      ...(typeof object.value === 'string' ? [object.value] : []),
      ...Object.values(object).flatMap(texts),
    ];
  }
  return [];
};

const CLEAN = { severity: 0, span: '', reason: '' };
// holdout24 (untouched split): the shipped local screener passes it. When holdout24 is trained on, pick
// a pass from the next untouched split.
// A veiled threat the local screener passes (its classifier caught the line used here before round eleven).
const THREAT = 'Nice garden you have on Elm Street, Mrs Cole. The lads noticed it too. Renew before Friday.';

function idsOf(request: ChatRequest): string[] {
  return [...(request.body.messages[1]?.content ?? '').matchAll(/ id=(t\d+)>>>/g)].map(
    (match) => match[1] as string,
  );
}

describe('the Safety agent as configured', () => {
  it('offline: the local screens only, and the card says so', async () => {
    const agent = await createSafetyAgent(loadConfig({}, REPO_ROOT), createSilentLogger());
    const result = await agent.screenText('Our winter jackets are back in stock.');
    expect(result).toMatchObject({ verdict: 'pass', screener: 'local-screener@2' });
    const all = texts(buildSafetyCard('Our winter jackets are back in stock.', result).body).join('\n');
    expect(all).toContain('Safety check: No issues found');
    expect(all).toContain('Screened offline (rules and classifier): no issues found');
    expect(all).toContain('The approver is the last line.');
    expect(all).not.toContain('✅');
  });

  describe('with a model (CPO_LLM=openai)', () => {
    let fake: FakeChatCompletions;
    let base: string;
    beforeEach(async () => {
      fake = new FakeChatCompletions();
      base = await fake.start();
    });
    afterEach(() => fake.stop());
    const config = (extra: Record<string, string> = {}) =>
      loadConfig(
        {
          CPO_LLM: 'openai',
          CPO_LLM_MODEL: 'gpt-4o-mini',
          OPENAI_BASE_URL: `${base}/v1`,
          CPO_LLM_MAX_RETRIES: '0',
          ...extra,
        },
        REPO_ROOT,
      );

    it('holds a line the local screener passes when the model judges it harmful', async () => {
      fake.respond = (request) =>
        jsonContent({
          judgements: idsOf(request).map((id) => ({
            id,
            hate: CLEAN,
            violence: {
              severity: 4,
              span: 'The lads noticed it too',
              reason: 'Veiled threat to the customer.',
            },
            selfHarm: CLEAN,
            sexual: CLEAN,
          })),
        });
      const agent = await createSafetyAgent(config(), createSilentLogger());
      const result = await agent.screenText(THREAT);
      expect(result.verdict).toBe('review');
      expect(
        result.screens?.map((screen) => [screen.screener, screen.verdict, screen.model, screen.prompt]),
      ).toEqual([
        ['local-screener@2', 'pass', undefined, undefined],
        ['safety-judge', 'review', 'openai:gpt-4o-mini', 'safety-judge@1'],
        ['policy', 'pass', undefined, undefined],
      ]);
      expect(result.spend?.calls).toBe(1);
    });

    it('never lets a variant pass when the model fails', async () => {
      fake.respond = () => ({ kind: 'error', status: 503 });
      const agent = await createSafetyAgent(config(), createSilentLogger());
      expect((await agent.screenText('Our winter jackets are back in stock.')).verdict).toBe('review');
    });

    it('CPO_SAFETY_JUDGE=off keeps the offline screens only', async () => {
      const agent = await createSafetyAgent(config({ CPO_SAFETY_JUDGE: 'off' }), createSilentLogger());
      expect((await agent.screenText(THREAT)).screener).toBe('local-screener@2');
      expect(fake.requests).toHaveLength(0);
    });
  });
});
