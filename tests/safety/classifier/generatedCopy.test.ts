import { TemplateLanguageModel } from '../../../src/adapters/model/template/templateLanguageModel';
import { LocalSafetyScreener } from '../../../src/adapters/safety/local/localSafetyScreener';
import { variantText } from '../../../src/agents/safety/safetyService';
import { approvedContent, everyOfferDraftCase } from '../../agents/support/contentFixtures';

/**
 * The offline generator's own copy is the text the local screener sees most: none of it may be sent
 * to review by the rules or the classifier (a false alarm here would stop every offline campaign).
 */
describe('offline generator copy under the shipped local screener', () => {
  it('flags nothing the template generator writes, for every goal, offer and channel', async () => {
    const model = new TemplateLanguageModel();
    const screener = new LocalSafetyScreener();
    const flagged: string[] = [];
    let screened = 0;
    for (const { request } of everyOfferDraftCase(await approvedContent())) {
      const { drafts } = await model.generate(request);
      for (const draft of drafts) {
        const text = variantText(draft);
        const response = screener.screenOne({ id: 'copy', text, kind: 'copy' });
        screened += 1;
        if (response.findings.length > 0) {
          flagged.push(`${text} → ${response.findings.map((finding) => finding.detail).join('; ')}`);
        }
      }
    }
    expect(screened).toBeGreaterThan(500);
    expect(flagged).toEqual([]);
  });
});
