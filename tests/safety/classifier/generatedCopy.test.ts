import { TemplateLanguageModel } from '../../../src/adapters/model/template/templateLanguageModel';
import { LocalSafetyScreener } from '../../../src/adapters/safety/local/localSafetyScreener';
import type { GenerationRequest } from '../../../src/ports/LanguageModel';
import { approvedContent } from '../../agents/support/contentFixtures';

/**
 * The offline generator's own copy is the text the local screener sees most: none of it may be sent
 * to review by the rules or the classifier (a false alarm here would stop every offline campaign).
 */
describe('offline generator copy under the shipped local screener', () => {
  it('flags nothing the template generator writes, for every goal, offer and channel', async () => {
    const content = await approvedContent();
    const model = new TemplateLanguageModel();
    const screener = new LocalSafetyScreener();
    const offers = [...content.values()].filter(
      (document) => document.kind === 'offer' || document.kind === 'product',
    );
    const flagged: string[] = [];
    let screened = 0;
    for (const goal of ['win-back', 'promotion', 'welcome', 'loyalty', 'new arrivals']) {
      for (const source of offers) {
        for (const channel of source.channels) {
          const request: GenerationRequest = {
            campaignGoal: goal,
            channel,
            variants: 10,
            audience: { segmentName: 'All customers', explanation: 'All customers.', traits: [], size: 500 },
            sources: [source],
          };
          const { drafts } = await model.generate(request);
          for (const draft of drafts) {
            const text = [draft.subject, draft.body].filter((part) => part !== undefined).join('\n\n');
            const response = screener.screenOne({ id: 'copy', text, kind: 'copy' });
            screened += 1;
            if (response.findings.length > 0) {
              flagged.push(`${text} → ${response.findings.map((finding) => finding.detail).join('; ')}`);
            }
          }
        }
      }
    }
    expect(screened).toBeGreaterThan(500);
    expect(flagged).toEqual([]);
  });
});
