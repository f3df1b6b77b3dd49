import { createHash } from 'node:crypto';
import type { TableEntity, TableStore } from '../ports/TableStore';
import { notFound } from '../shared/errors';
import type { Campaign, CampaignDecision, VariantReview } from '../domain/campaign';
import {
  CAMPAIGN_STATES,
  summarizeCampaign,
  type CampaignState,
  type CampaignSummary,
} from './campaignState';
import { tallyRejectionCounts, type RejectionTally } from './rejectionFeedback';
import { StateIndexCache } from './stateIndexCache';

export const CAMPAIGNS_TABLE = 'Campaigns';
/** One partition per author, one row per campaign they drafted: feedback reads only their campaigns. */
export const CAMPAIGNS_BY_AUTHOR_TABLE = 'CampaignsByAuthor';
/** One partition per state, one row per campaign in it: "what's running?" reads one partition. */
export const CAMPAIGNS_BY_STATE_TABLE = 'CampaignsByState';
const CAMPAIGN_ROW = 'campaign';
const VARIANT_ROW_PREFIX = 'variant_';

interface JsonRow extends TableEntity {
  json: string;
}

/** An index row: the campaign's summary (absent on author rows written before the index existed). */
interface IndexRow extends TableEntity {
  json?: string;
  /** Author rows: rejected variants, a column so feedback reads only campaigns that have some. */
  rejected?: number;
}

const WITH_REJECTIONS = { where: { property: 'rejected', above: 0 } };
/** How long a rejection tally is reused: another bot instance's rejections show up after at most this. */
const TALLY_FOR_MS = 30_000;
const MAX_TALLIES = 1_000;
/** How long a state partition is reused: another bot instance's index writes show up after at most this. */
const STATE_INDEX_FOR_MS = 5_000;

/** Any characters may appear in a user id; a partition key may not hold '/', '\\', '#' or '?'. */
function authorPartition(authorId: string): string {
  return createHash('sha256').update(authorId).digest('hex').slice(0, 32);
}

export interface VersionedReview {
  review: VariantReview;
  etag: string;
}

/** A campaign's partition read at once: the campaign row and every review, each with its ETag. */
export interface CampaignSnapshot {
  campaign: Campaign;
  campaignEtag: string;
  reviews: VersionedReview[];
}

/**
 * Campaigns and their variants' review state in Azure Tables: one partition per campaign, so a campaign and
 * its variants can be written in one batch. Rows hold JSON; the ETag guards every review update.
 */
export class CampaignRepository {
  /** Rejection tallies by author id, with when they were read (see `rejectionTallyByAuthor`). */
  private readonly tallies = new Map<string, { tally: RejectionTally[]; at: number }>();
  /** State partitions as last read (see StateIndexCache): lists and the review queue read them. */
  private readonly stateIndex = new StateIndexCache(STATE_INDEX_FOR_MS);

  constructor(private readonly store: TableStore) {}

  async init(): Promise<void> {
    await this.store.ensureTable(CAMPAIGNS_TABLE);
    await this.store.ensureTable(CAMPAIGNS_BY_AUTHOR_TABLE);
    await this.store.ensureTable(CAMPAIGNS_BY_STATE_TABLE);
  }

  /**
   * Creates the campaign and its variants atomically (one partition, ≤ 99 variants), then its index rows side
   * by side: three requests. (Readers still skip an author row whose campaign is missing.)
   */
  async create(campaign: Campaign, reviews: VariantReview[]): Promise<void> {
    await this.store.transact<JsonRow>(CAMPAIGNS_TABLE, [
      {
        kind: 'insert',
        entity: { partitionKey: campaign.id, rowKey: CAMPAIGN_ROW, json: JSON.stringify(campaign) },
      },
      ...reviews.map((review) => ({
        kind: 'insert' as const,
        entity: {
          partitionKey: campaign.id,
          rowKey: `${VARIANT_ROW_PREFIX}${review.variant.id}`,
          json: JSON.stringify(review),
        },
      })),
    ]);
    // A new campaign is in no other state yet: its index rows are written side by side, nothing to remove.
    const summary = summarizeCampaign(campaign, reviews);
    if (summary.rejections) this.tallies.delete(summary.authorId);
    await this.writeIndex(summary, { fresh: true });
  }

  async findCampaign(campaignId: string): Promise<Campaign | undefined> {
    const row = await this.store.get<JsonRow>(CAMPAIGNS_TABLE, campaignId, CAMPAIGN_ROW);
    return row ? (JSON.parse(row.entity.json) as Campaign) : undefined;
  }

  async getCampaign(campaignId: string): Promise<Campaign> {
    const campaign = await this.findCampaign(campaignId);
    if (!campaign) throw notFound(`I can't find campaign "${campaignId}".`);
    return campaign;
  }

  /** Writes the campaign row (launch, decision) and moves the campaign to its new state in the index. */
  async saveCampaign(campaign: Campaign): Promise<void> {
    await this.store.upsert<JsonRow>(CAMPAIGNS_TABLE, {
      partitionKey: campaign.id,
      rowKey: CAMPAIGN_ROW,
      json: JSON.stringify(campaign),
    });
    await this.refreshIndex(campaign.id);
  }

  /** Records the experiment's outcome: the campaign is decided. */
  async recordDecision(campaignId: string, decision: CampaignDecision): Promise<void> {
    const campaign = await this.getCampaign(campaignId);
    await this.saveCampaign({ ...campaign, decision });
  }

  async findReview(campaignId: string, variantId: string): Promise<VersionedReview | undefined> {
    const row = await this.store.get<JsonRow>(
      CAMPAIGNS_TABLE,
      campaignId,
      `${VARIANT_ROW_PREFIX}${variantId}`,
    );
    return row ? { review: JSON.parse(row.entity.json) as VariantReview, etag: row.etag } : undefined;
  }

  async listReviews(campaignId: string): Promise<VersionedReview[]> {
    return (await this.readPartition(campaignId)).reviews;
  }

  /** A campaign's partition in one read: its campaign row (absent if never written) and its reviews. */
  private async readPartition(
    campaignId: string,
  ): Promise<{ campaign: Campaign | undefined; campaignEtag: string; reviews: VersionedReview[] }> {
    const rows = await this.store.listPartition<JsonRow>(CAMPAIGNS_TABLE, campaignId);
    const campaignRow = rows.find((row) => row.entity.rowKey === CAMPAIGN_ROW);
    return {
      campaign: campaignRow ? (JSON.parse(campaignRow.entity.json) as Campaign) : undefined,
      campaignEtag: campaignRow?.etag ?? '',
      reviews: rows
        .filter((row) => row.entity.rowKey.startsWith(VARIANT_ROW_PREFIX))
        .map((row) => ({ review: JSON.parse(row.entity.json) as VariantReview, etag: row.etag })),
    };
  }

  /** The campaign and all its reviews in one read (undefined when there is no such campaign). */
  async readCampaign(campaignId: string): Promise<CampaignSnapshot | undefined> {
    const { campaign, campaignEtag, reviews } = await this.readPartition(campaignId);
    return campaign && { campaign, campaignEtag, reviews };
  }

  /**
   * Writes one review as a decision on the snapshot: one batch that updates the review guarded by its ETag and
   * rewrites the unchanged campaign row guarded by its ETag, so it fails with CONFLICT when anything in the
   * campaign changed since the snapshot (every review write rewrites the campaign row). The snapshot with this
   * change is then the campaign's exact state, and the indexes are written from it only when its summary
   * changed (other state rows are removed only when its state changed). Resolves to the reviews after it.
   */
  async saveReview(snapshot: CampaignSnapshot, review: VariantReview): Promise<VersionedReview[]> {
    const { campaign } = snapshot;
    const current = snapshot.reviews.find((entry) => entry.review.variant.id === review.variant.id);
    if (!current) throw notFound(`I can't find variant "${review.variant.id}" in campaign "${campaign.id}".`);
    const [etag = ''] = await this.store.transact<JsonRow>(CAMPAIGNS_TABLE, [
      {
        kind: 'update',
        entity: {
          partitionKey: campaign.id,
          rowKey: `${VARIANT_ROW_PREFIX}${review.variant.id}`,
          json: JSON.stringify(review),
        },
        etag: current.etag,
      },
      {
        kind: 'update',
        entity: { partitionKey: campaign.id, rowKey: CAMPAIGN_ROW, json: JSON.stringify(campaign) },
        etag: snapshot.campaignEtag,
      },
    ]);
    const reviews = snapshot.reviews.map((entry) => (entry === current ? { review, etag } : entry));
    const before = summarizeCampaign(
      campaign,
      snapshot.reviews.map((entry) => entry.review),
    );
    const after = summarizeCampaign(
      campaign,
      reviews.map((entry) => entry.review),
    );
    if (JSON.stringify(before.rejections) !== JSON.stringify(after.rejections)) {
      this.tallies.delete(after.authorId);
    }
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      // The snapshot was the campaign's exact state: only the state it leaves can hold its row.
      await this.writeIndex(
        after,
        before.state === after.state ? { fresh: true } : { leaving: before.state },
      );
    }
    return reviews;
  }

  /**
   * A revised variant and the campaign row (its spend) in one batch, guarded by the review's ETag, then one
   * index refresh: CONFLICT when someone changed the review since it was read.
   */
  async saveRevision(campaign: Campaign, review: VariantReview, etag: string): Promise<void> {
    await this.store.transact<JsonRow>(CAMPAIGNS_TABLE, [
      {
        kind: 'update',
        entity: {
          partitionKey: campaign.id,
          rowKey: `${VARIANT_ROW_PREFIX}${review.variant.id}`,
          json: JSON.stringify(review),
        },
        etag,
      },
      {
        kind: 'upsert',
        entity: { partitionKey: campaign.id, rowKey: CAMPAIGN_ROW, json: JSON.stringify(campaign) },
      },
    ]);
    await this.refreshIndex(campaign.id);
  }

  /**
   * Re-derives the campaign's summary from its partition and writes it to the state and author indexes.
   * Each write re-reads the partition after its own change, so the last refresh sees every change before it.
   */
  async refreshIndex(campaignId: string): Promise<CampaignSummary | undefined> {
    const { campaign, reviews } = await this.readPartition(campaignId);
    if (!campaign) return undefined;
    const summary = summarizeCampaign(
      campaign,
      reviews.map((entry) => entry.review),
    );
    this.tallies.delete(summary.authorId);
    await this.writeIndex(summary);
    return summary;
  }

  private async writeIndex(
    summary: CampaignSummary,
    options: { fresh?: boolean; leaving?: CampaignState } = {},
  ): Promise<void> {
    const json = JSON.stringify(summary);
    const stateRow = () =>
      this.store.upsert<IndexRow>(CAMPAIGNS_BY_STATE_TABLE, {
        partitionKey: summary.state,
        rowKey: summary.campaignId,
        json,
      });
    const authorRow = () =>
      this.store.upsert<IndexRow>(CAMPAIGNS_BY_AUTHOR_TABLE, {
        partitionKey: authorPartition(summary.authorId),
        rowKey: summary.campaignId,
        json,
        rejected: Object.values(summary.rejections ?? {}).reduce((sum, count) => sum + count, 0),
      });
    // `fresh`: the campaign is in no other state (new, or its state did not change): nothing to remove.
    if (options.fresh) {
      await Promise.all([stateRow(), authorRow()]);
      this.stateIndex.written(summary, []);
      return;
    }
    await stateRow();
    // Removing it from every other state (deletes are idempotent) also clears rows a concurrent refresh left.
    const removedFrom =
      options.leaving !== undefined
        ? [options.leaving]
        : CAMPAIGN_STATES.filter((state) => state !== summary.state);
    await Promise.all([
      ...removedFrom.map((state) => this.store.delete(CAMPAIGNS_BY_STATE_TABLE, state, summary.campaignId)),
      authorRow(),
    ]);
    this.stateIndex.written(summary, removedFrom);
  }

  /** Summaries of the campaigns in these states (one partition read per state), newest first. */
  async summariesInStates(states: readonly CampaignState[]): Promise<CampaignSummary[]> {
    const partitions = await Promise.all(
      [...new Set(states)].map(async (state) => {
        const cached = this.stateIndex.get(state);
        if (cached) return cached;
        const version = this.stateIndex.version(state);
        const rows = await this.store.listPartition<IndexRow>(CAMPAIGNS_BY_STATE_TABLE, state);
        const summaries = rows.flatMap((row) => parseSummary(row.entity));
        this.stateIndex.keep(state, summaries, version);
        return summaries;
      }),
    );
    return newestFirst(partitions.flat());
  }

  /** Summaries of the campaigns this person drafted (one partition read), newest first. */
  async summariesByAuthor(authorId: string): Promise<CampaignSummary[]> {
    const rows = await this.store.listPartition<IndexRow>(
      CAMPAIGNS_BY_AUTHOR_TABLE,
      authorPartition(authorId),
    );
    const summaries = await Promise.all(
      rows.map(async (row) => {
        const parsed = parseSummary(row.entity);
        // Rows written before the index held summaries: derive it once (and store it).
        return parsed.length > 0 ? parsed : [await this.refreshIndex(row.entity.rowKey)];
      }),
    );
    return newestFirst(
      summaries.flat().filter((summary): summary is CampaignSummary => summary?.authorId === authorId),
    );
  }

  /** Every campaign id in the state index (for "did you mean …?"). */
  async campaignIds(): Promise<string[]> {
    return (await this.summariesInStates(CAMPAIGN_STATES)).map((summary) => summary.campaignId);
  }

  /** Builds the state index for campaigns stored before it existed (reads every campaign once). */
  async rebuildIndex(): Promise<number> {
    const campaigns = await this.listCampaigns();
    for (const campaign of campaigns) await this.refreshIndex(campaign.id);
    return campaigns.length;
  }

  /**
   * The reviews of this person's campaigns that were rejected at least once (feedback on their past drafts):
   * only those campaigns' partitions are read, whatever the number of campaigns they drafted.
   */
  async reviewsByAuthor(authorId: string): Promise<VariantReview[]> {
    const index = await this.store.listPartition<IndexRow>(
      CAMPAIGNS_BY_AUTHOR_TABLE,
      authorPartition(authorId),
      WITH_REJECTIONS,
    );
    const partitions = await Promise.all(index.map((row) => this.readPartition(row.entity.rowKey)));
    // An index row outlives a failed campaign write; only campaigns this person really drafted count.
    return partitions
      .filter((partition) => partition.campaign?.author.id === authorId)
      .flatMap((partition) => partition.reviews.map((entry) => entry.review));
  }

  /**
   * Rejections of this person's drafts by reason, from the author index alone (one filtered query, which the
   * table service answers by scanning: kept for a while, and forgotten when this process writes one of the
   * author's index rows).
   */
  async rejectionTallyByAuthor(authorId: string): Promise<RejectionTally[]> {
    const cached = this.tallies.get(authorId);
    if (cached && Date.now() - cached.at < TALLY_FOR_MS) return cached.tally;
    const tally = await this.readRejectionTally(authorId);
    this.tallies.delete(authorId);
    this.tallies.set(authorId, { tally, at: Date.now() });
    if (this.tallies.size > MAX_TALLIES) this.tallies.delete(this.tallies.keys().next().value!);
    return tally;
  }

  private async readRejectionTally(authorId: string): Promise<RejectionTally[]> {
    const rows = await this.store.listPartition<IndexRow>(
      CAMPAIGNS_BY_AUTHOR_TABLE,
      authorPartition(authorId),
      WITH_REJECTIONS,
    );
    const summaries = rows.flatMap((row) => parseSummary(row.entity));
    return tallyRejectionCounts(
      summaries.filter((summary) => summary.authorId === authorId).map((summary) => summary.rejections ?? {}),
    );
  }

  async listCampaigns(): Promise<Campaign[]> {
    const rows = await this.store.listAll<JsonRow>(CAMPAIGNS_TABLE);
    return rows
      .filter((row) => row.entity.rowKey === CAMPAIGN_ROW)
      .map((row) => JSON.parse(row.entity.json) as Campaign);
  }
}

function parseSummary(row: IndexRow): CampaignSummary[] {
  if (typeof row.json !== 'string') return [];
  return [JSON.parse(row.json) as CampaignSummary];
}

function newestFirst(summaries: CampaignSummary[]): CampaignSummary[] {
  return summaries.sort(
    (a, b) => b.createdAt.localeCompare(a.createdAt) || a.campaignId.localeCompare(b.campaignId),
  );
}
