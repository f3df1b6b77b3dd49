import { createHash } from 'node:crypto';
import type { TableStore } from '../../ports/TableStore';

export const ENGAGEMENT_DELIVERIES_TABLE = 'EngagementDeliveries';

/**
 * Event ids the engagement webhook has counted. Event Grid delivers at least once and may redeliver a batch
 * (or some of its events in another batch); an id seen before is not counted again. Ids are stored hashed,
 * partitioned by the first hex digits so reads and writes spread.
 */
export class DeliveryLedger {
  constructor(private readonly store: TableStore) {}

  async init(): Promise<void> {
    await this.store.ensureTable(ENGAGEMENT_DELIVERIES_TABLE);
  }

  /** The subset of `eventIds` already counted. */
  async seen(eventIds: readonly string[]): Promise<Set<string>> {
    const found = await Promise.all(
      eventIds.map(async (id) => {
        const { partitionKey, rowKey } = keyOf(id);
        return (await this.store.get(ENGAGEMENT_DELIVERIES_TABLE, partitionKey, rowKey)) ? id : undefined;
      }),
    );
    return new Set(found.filter((id): id is string => id !== undefined));
  }

  /** Records events as counted (after their counts were written: a crash in between counts them again). */
  async record(eventIds: readonly string[], at: Date): Promise<void> {
    await Promise.all(
      eventIds.map((id) =>
        this.store.upsert(ENGAGEMENT_DELIVERIES_TABLE, { ...keyOf(id), countedAt: at.toISOString() }),
      ),
    );
  }
}

function keyOf(eventId: string): { partitionKey: string; rowKey: string } {
  const digest = createHash('sha256').update(eventId, 'utf8').digest('hex');
  return { partitionKey: digest.slice(0, 2), rowKey: digest };
}
