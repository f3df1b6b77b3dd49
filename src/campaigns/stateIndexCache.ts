import type { CampaignState, CampaignSummary } from './campaignState';

interface CachedState {
  rows: Map<string, CampaignSummary>;
  readAt: number;
}

/**
 * The state index's partitions as last read, kept exact for this process's own index writes (applied as they
 * are written) and read again after `ttlMs`, so another bot instance's changes show up within that time.
 * Lists and the review queue read a whole state partition, which the table service answers by scanning the
 * table: with thousands of campaigns that is the costliest request a question makes. Views only: decisions
 * always read the campaign itself.
 */
export class StateIndexCache {
  private readonly states = new Map<CampaignState, CachedState>();
  /** Bumped by every write to a state, so a read that raced a write is not kept. */
  private readonly versions = new Map<CampaignState, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The state's summaries when a fresh enough copy is held. */
  get(state: CampaignState): CampaignSummary[] | undefined {
    const cached = this.states.get(state);
    if (!cached || this.now() - cached.readAt >= this.ttlMs) return undefined;
    return [...cached.rows.values()];
  }

  /** Pass to `keep` with what the read returned: a write since makes the read too old to keep. */
  version(state: CampaignState): number {
    return this.versions.get(state) ?? 0;
  }

  keep(state: CampaignState, summaries: readonly CampaignSummary[], versionAtRead: number): void {
    if (this.version(state) !== versionAtRead) return;
    this.states.set(state, {
      rows: new Map(summaries.map((summary) => [summary.campaignId, summary])),
      readAt: this.now(),
    });
  }

  /** This process wrote the summary to its state's partition and removed it from `removedFrom`. */
  written(summary: CampaignSummary, removedFrom: readonly CampaignState[]): void {
    for (const state of [summary.state, ...removedFrom]) this.versions.set(state, this.version(state) + 1);
    this.states.get(summary.state)?.rows.set(summary.campaignId, summary);
    for (const state of removedFrom) this.states.get(state)?.rows.delete(summary.campaignId);
  }
}
