import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExperimentServices } from '../definition/experimentServices';
import type { Recommendation } from '../../domain/experimentResults';
import { renderHtmlReport } from './htmlReport';
import { renderMarkdownReport } from './markdownReport';
import { renderReportCharts } from './reportCharts';
import { spendSentence } from '../../domain/modelCost';
import { requireLaunchedCampaign, type ReviewersOf } from './exactCampaign';
import { summarizeDefinition, summarizeResults } from './summarizeResults';
import { explainVariants } from './variantExplanations';
import { tallyRejections } from '../../campaigns/rejectionFeedback';

export interface ReportRequest {
  /** Campaign id (or words naming it, see findExperiment). */
  campaign: string;
  /** Directory the files are written to (created when missing). */
  outDir: string;
  /** The same directory as the user wrote it, for the paths printed back (repo-relative or as given). */
  displayDir: string;
  actor: string;
  /**
   * The CLI: `campaign` must be an exact id (unknown → the closest ids; not launched → its state and who
   * the variants await, named by `reviewersOf`). Chat passes words and lets findExperiment pick.
   */
  exact?: { reviewersOf?: ReviewersOf };
}

export interface ReportOutcome {
  campaign: string;
  markdown: string;
  html: string;
  recommendation: Recommendation;
}

/**
 * `report`: results + variant explanations → `<campaign>.md` and a self-contained `<campaign>.html` with
 * SVG charts, then a `report_generated` audit record. Returns the paths as given and the recommendation.
 */
export async function generateReport(
  request: ReportRequest,
  services: ExperimentServices,
): Promise<ReportOutcome> {
  const { definition, results } = request.exact
    ? await summarizeDefinition(
        await requireLaunchedCampaign(services, request.campaign, request.exact.reviewersOf),
        services,
      )
    : await summarizeResults(request.campaign, services);
  const campaign = await services.campaigns.findCampaign(definition.campaignId);
  const reviews = campaign
    ? (await services.campaigns.listReviews(campaign.id)).map((row) => row.review)
    : [];
  // Reports show people by name; their ids stay in the definition and the audit trail.
  const decisions = reviews.flatMap((review) => review.approvals.map((decision) => decision.by));
  const knownNames = new Map<string, string>([
    ...decisions.map((person) => [person.id, person.name] as const),
    ...(campaign ? [[campaign.author.id, campaign.author.name] as const] : []),
  ]);
  const names = await services.people.namesOf(
    [definition.launchedBy, ...decisions.map((person) => person.id)],
    (id) => knownNames.get(id) ?? id,
  );
  const explanations = explainVariants(
    definition,
    campaign,
    reviews,
    (person) => names.get(person.id) ?? person.name,
  );
  const charts = await renderReportCharts(results);
  const rejections = tallyRejections(reviews);
  const launchedBy = names.get(definition.launchedBy) ?? definition.launchedBy;
  const costLine = campaign ? spendSentence(campaign.spend, campaign.segment.size) : undefined;
  const markdown = renderMarkdownReport(results, definition, explanations, rejections, launchedBy, costLine);
  const html = renderHtmlReport(results, definition, explanations, charts, rejections, launchedBy, costLine);
  await mkdir(request.outDir, { recursive: true });
  const fileName = definition.campaignId;
  await writeFile(join(request.outDir, `${fileName}.md`), markdown, 'utf8');
  await writeFile(join(request.outDir, `${fileName}.html`), html, 'utf8');
  const outcome: ReportOutcome = {
    campaign: definition.campaignId,
    markdown: join(request.displayDir, `${fileName}.md`).replace(/\\/g, '/'),
    html: join(request.displayDir, `${fileName}.html`).replace(/\\/g, '/'),
    recommendation: results.recommendation,
  };
  // A report that recommends ship or stop decides the campaign (its state in lists becomes "decided").
  if (campaign && !campaign.decision && results.recommendation.action !== 'keep_running') {
    await services.campaigns.recordDecision(campaign.id, {
      action: results.recommendation.action,
      ...(results.recommendation.arm === undefined ? {} : { arm: results.recommendation.arm }),
      at: services.clock().toISOString(),
      by: request.actor,
    });
  }
  await services.audit.append({
    action: 'report_generated',
    actor: request.actor,
    campaignId: definition.campaignId,
    details: {
      markdown: outcome.markdown,
      html: outcome.html,
      recommendation: results.recommendation.action,
      arm: results.recommendation.arm ?? null,
      trustworthy: results.trustworthy,
      events: results.totalEvents,
    },
  });
  return outcome;
}
