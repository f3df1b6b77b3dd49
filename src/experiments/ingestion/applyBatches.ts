import type { ExperimentServices } from '../definition/experimentServices';
import type { LedgerEntry } from '../definition/importRecord';
import type { CampaignBatch, EventAggregator } from './eventAggregator';

export interface CampaignOutcome {
  campaign: string;
  events: number;
  /** `duplicate`: the same batch was counted by someone else first (e.g. the same file imported twice at once). */
  status: 'applied' | 'duplicate';
}

/**
 * Writes each campaign's share of an aggregated batch — the one write path for imports, the simulator and
 * the webhook. `ledgerFor` makes a campaign's write exactly-once (omit it for the webhook).
 */
export async function applyBatches(
  aggregator: EventAggregator,
  services: Pick<ExperimentServices, 'aggregates'>,
  ledgerFor?: (campaignId: string, batch: CampaignBatch) => LedgerEntry,
): Promise<CampaignOutcome[]> {
  const outcomes: CampaignOutcome[] = [];
  for (const [campaignId, batch] of aggregator.campaigns()) {
    if (batch.events === 0) continue;
    const outcome = await services.aggregates.apply(campaignId, batch.arms, ledgerFor?.(campaignId, batch));
    outcomes.push({ campaign: campaignId, events: batch.events, status: outcome.status });
  }
  return outcomes;
}
