import { AsyncLocalStorage } from 'node:async_hooks';
import type { StoredEntity, TableEntity, TableStore } from '../ports/TableStore';
import { isAppError, unavailable } from '../shared/errors';
import { GENESIS_HASH, hashRecord, rowKeyOf, type AuditEvent, type AuditRecord } from './auditRecord';
import { redactAuditDetails } from './redactAuditDetails';

export const AUDIT_TABLE = 'Audit';
const HEAD_ROW = '~head';
const SYSTEM_PARTITION = '_system';
const MAX_APPEND_ATTEMPTS = 20;
/** A batch holds at most 100 operations: the records and the head. */
const MAX_RECORDS_PER_BATCH = 99;
/** Heads this process wrote last, per partition; an ETag guards each use, so a stale one only costs a retry. */
const REMEMBERED_HEADS = 2000;

interface AuditHead extends TableEntity {
  seq: number;
  hash: string;
}

interface QueuedAppend {
  events: readonly AuditEvent[];
  resolve: (records: AuditRecord[]) => void;
  reject: (error: unknown) => void;
}

/** A head row as last written or read, with its ETag. */
interface KnownHead {
  seq: number;
  hash: string;
  etag: string;
}

export interface ChainBreak {
  partition: string;
  seq: number;
  problem: string;
}

/** At most this many partition names are listed per finding (the counts are always complete). */
const LISTED = 20;

export interface VerifyResult {
  partitions: number;
  records: number;
  firstBreak?: ChainBreak;
  /** No audit record at all (a wiped or wrongly configured store?). */
  empty: boolean;
  /** Draft chains that never produced a campaign (refused, failed or interrupted): loss of work, not tampering. */
  aborted: { count: number; partitions: string[] };
  /** Campaigns that exist but have no audit chain (records lost); only when campaign ids were given. */
  missingChains?: { count: number; campaigns: string[] };
}

export interface VerifyOptions {
  /** Only this campaign's chain. */
  campaignId?: string;
  /** Every campaign the campaign store knows, to find campaigns whose chain is missing and finished drafts. */
  campaignIds?: ReadonlySet<string>;
}

/**
 * Append-only, hash-chained audit log on Azure Tables. One chain per campaign partition; each append writes
 * its records and advances the partition's head row in one ETag-guarded batch, so concurrent writers never fork
 * the chain: the loser of a race re-reads the head and retries.
 */
export class AuditLog {
  private readonly heads = new Map<string, KnownHead>();
  /** Appends waiting for their partition's writer (see `enqueue`). */
  private readonly queues = new Map<string, QueuedAppend[]>();
  /** Events held back by `deferred` for the work running in this async context. */
  private readonly held = new AsyncLocalStorage<AuditEvent[]>();

  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async init(): Promise<void> {
    await this.store.ensureTable(AUDIT_TABLE);
  }

  /**
   * Appends one record; its details are redacted first (no free text or personal data enters the chain).
   * Resolves to undefined while `deferred` holds the record back.
   */
  async append(event: AuditEvent): Promise<AuditRecord | undefined> {
    if (this.held.getStore()) {
      await this.appendMany([event]);
      return undefined;
    }
    const [record] = await this.appendMany([event]);
    if (!record) throw unavailable('The audit log did not record the event; please retry.');
    return record;
  }

  /**
   * Appends records in order, each partition's run in batches of up to 99 records plus the head: the same
   * chain as one `append` each, in one request per batch instead of two per record. Inside `deferred`, the
   * records are held back (and none is returned) until the deferred work ends.
   */
  async appendMany(events: readonly AuditEvent[]): Promise<AuditRecord[]> {
    const held = this.held.getStore();
    if (held) {
      held.push(...events);
      return [];
    }
    const byPartition = new Map<string, AuditEvent[]>();
    for (const event of events) {
      const partition = event.campaignId ?? SYSTEM_PARTITION;
      byPartition.set(partition, [...(byPartition.get(partition) ?? []), event]);
    }
    const appended = new Map<AuditEvent, AuditRecord>();
    for (const [partition, run] of byPartition) {
      const records = await this.enqueue(partition, run);
      run.forEach((event, index) => appended.set(event, records[index]!));
    }
    return events.map((event) => appended.get(event)!);
  }

  /**
   * Group commit: one writer per partition in this process. Appends arriving while a batch is being written
   * wait and go together in the next one, so concurrent turns never race each other for the head (a busy
   * partition such as the system one takes one request per batch, not one per append plus retries).
   */
  private enqueue(partition: string, events: readonly AuditEvent[]): Promise<AuditRecord[]> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(partition);
      if (queue) {
        queue.push({ events, resolve, reject });
        return;
      }
      this.queues.set(partition, [{ events, resolve, reject }]);
      void this.drain(partition);
    });
  }

  private async drain(partition: string): Promise<void> {
    const queue = this.queues.get(partition)!;
    while (queue.length > 0) {
      const taken: QueuedAppend[] = [];
      let count = 0;
      while (
        queue.length > 0 &&
        (taken.length === 0 || count + queue[0]!.events.length <= MAX_RECORDS_PER_BATCH)
      ) {
        const next = queue.shift()!;
        taken.push(next);
        count += next.events.length;
      }
      const events = taken.flatMap((entry) => entry.events);
      try {
        const records: AuditRecord[] = [];
        for (let start = 0; start < events.length; start += MAX_RECORDS_PER_BATCH) {
          records.push(
            ...(await this.appendBatch(partition, events.slice(start, start + MAX_RECORDS_PER_BATCH))),
          );
        }
        let offset = 0;
        for (const entry of taken) {
          entry.resolve(records.slice(offset, offset + entry.events.length));
          offset += entry.events.length;
        }
      } catch (error) {
        for (const entry of taken) entry.reject(error);
      }
    }
    this.queues.delete(partition);
  }

  /**
   * Runs `work` with every append it makes held back, then writes them in order as one batch per partition
   * (a draft's plan, tool calls, variants and verdicts: one request instead of seven). The records are
   * written when the work ends, failed or not; nested calls write with the outermost one.
   */
  async deferred<T>(work: () => Promise<T>): Promise<T> {
    if (this.held.getStore()) return work();
    const held: AuditEvent[] = [];
    let result: T;
    try {
      result = await this.held.run(held, work);
    } catch (error) {
      // The work's own error says more than a failed audit write would; the records are still attempted.
      if (held.length > 0) await this.appendMany(held).catch(() => undefined);
      throw error;
    }
    if (held.length > 0) await this.appendMany(held);
    return result;
  }

  /** One ETag-guarded batch: the records after the head, and the head advanced past them. */
  private async appendBatch(partition: string, events: readonly AuditEvent[]): Promise<AuditRecord[]> {
    const details = events.map((event) => JSON.stringify(redactAuditDetails(event.details)));
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
      const cached = this.heads.get(partition);
      // A partition this process has not written yet is most often new (a campaign being drafted): the first
      // attempt inserts a fresh head without reading it, and a partition that exists after all fails the batch
      // atomically (the head and seq 1 exist), so the retry reads its head.
      const head = cached ?? (attempt === 1 ? undefined : await this.readHead(partition));
      let seq = head?.seq ?? 0;
      let prevHash = head?.hash ?? GENESIS_HASH;
      const records = events.map((event, index): AuditRecord => {
        seq += 1;
        const body = {
          seq,
          at: this.clock().toISOString(),
          actor: event.actor,
          action: event.action,
          campaignId: event.campaignId ?? '',
          details: details[index]!,
          prevHash,
        };
        const record: AuditRecord = {
          partitionKey: partition,
          rowKey: rowKeyOf(seq),
          ...body,
          hash: hashRecord(body),
        };
        prevHash = record.hash;
        return record;
      });
      const nextHead: AuditHead = { partitionKey: partition, rowKey: HEAD_ROW, seq, hash: prevHash };
      try {
        const etags = await this.store.transact<TableEntity>(AUDIT_TABLE, [
          ...records.map((record) => ({ kind: 'insert' as const, entity: record })),
          head ? { kind: 'update', entity: nextHead, etag: head.etag } : { kind: 'insert', entity: nextHead },
        ]);
        const etag = etags[etags.length - 1];
        if (etag) this.rememberHead(partition, { seq, hash: prevHash, etag });
        else this.heads.delete(partition);
        return records;
      } catch (error) {
        this.heads.delete(partition);
        const stale = isAppError(error) && error.code === 'CONFLICT';
        // A remembered head another writer moved (or removed) since: read it again and retry.
        if (!stale && !isBatchConflict(error) && !(cached && isBatchNotFound(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
    throw unavailable('The audit log is too busy right now; please retry.');
  }

  private async readHead(partition: string): Promise<KnownHead | undefined> {
    const stored = await this.store.get<AuditHead>(AUDIT_TABLE, partition, HEAD_ROW);
    return stored && { seq: stored.entity.seq, hash: stored.entity.hash, etag: stored.etag };
  }

  /** Keeps the most recently written heads (oldest forgotten first), so a chain's next append skips a read. */
  private rememberHead(partition: string, head: KnownHead): void {
    this.heads.delete(partition);
    this.heads.set(partition, head);
    if (this.heads.size > REMEMBERED_HEADS) {
      const oldest = this.heads.keys().next().value;
      if (oldest !== undefined) this.heads.delete(oldest);
    }
  }

  async records(campaignId?: string): Promise<AuditRecord[]> {
    const rows = await this.store.listPartition<AuditRecord>(AUDIT_TABLE, campaignId ?? SYSTEM_PARTITION);
    return rows.filter((row) => row.entity.rowKey !== HEAD_ROW).map((row) => row.entity);
  }

  async allRecords(): Promise<AuditRecord[]> {
    const rows: Array<StoredEntity<AuditRecord>> = await this.store.listAll<AuditRecord>(AUDIT_TABLE);
    return rows.filter((row) => row.entity.rowKey !== HEAD_ROW).map((row) => row.entity);
  }

  /**
   * Recomputes every chain (or one campaign's) and reports the first broken link, plus what was lost: an empty
   * store, campaigns without a chain, and draft chains that never finished ("aborted").
   */
  async verify(options: VerifyOptions | string = {}): Promise<VerifyResult> {
    const { campaignId, campaignIds } = typeof options === 'string' ? { campaignId: options } : options;
    const rows =
      campaignId === undefined
        ? await this.store.listAll<AuditRecord & AuditHead>(AUDIT_TABLE)
        : await this.store.listPartition<AuditRecord & AuditHead>(AUDIT_TABLE, campaignId);
    const byPartition = new Map<string, Array<AuditRecord & AuditHead>>();
    for (const { entity } of rows) {
      const list = byPartition.get(entity.partitionKey) ?? [];
      list.push(entity);
      byPartition.set(entity.partitionKey, list);
    }
    let records = 0;
    let firstBreak: ChainBreak | undefined;
    const aborted: string[] = [];
    for (const [partition, entities] of [...byPartition.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const head = entities.find((entity) => entity.rowKey === HEAD_ROW);
      const chain = entities.filter((entity) => entity.rowKey !== HEAD_ROW);
      records += chain.length;
      firstBreak ??= verifyChain(partition, chain, head);
      if (
        campaignIds &&
        partition !== SYSTEM_PARTITION &&
        isUnfinishedDraft(chain, campaignIds.has(partition))
      ) {
        aborted.push(partition);
      }
    }
    const scope = campaignId === undefined ? campaignIds : campaignIds && new Set([campaignId]);
    const missing = scope ? [...scope].filter((id) => !byPartition.has(id)).sort() : undefined;
    return {
      partitions: byPartition.size,
      records,
      ...(firstBreak ? { firstBreak } : {}),
      empty: records === 0,
      aborted: { count: aborted.length, partitions: aborted.slice(0, LISTED) },
      ...(missing ? { missingChains: { count: missing.length, campaigns: missing.slice(0, LISTED) } } : {}),
    };
  }
}

/** A chain that started drafting (a plan) but produced neither a campaign nor a `cpo run` assignment. */
function isUnfinishedDraft(chain: readonly AuditRecord[], campaignExists: boolean): boolean {
  if (campaignExists || chain[0]?.action !== 'plan') return false;
  return !chain.some((record) => record.action === 'assignment_defined');
}

function causeStatus(error: unknown): number | undefined {
  return (error as { cause?: { statusCode?: number } }).cause?.statusCode;
}

function isBatchConflict(error: unknown): boolean {
  const status = causeStatus(error);
  return status === 409 || status === 412;
}

function isBatchNotFound(error: unknown): boolean {
  return causeStatus(error) === 404;
}

function verifyChain(
  partition: string,
  chain: AuditRecord[],
  head: AuditHead | undefined,
): ChainBreak | undefined {
  let prevHash = GENESIS_HASH;
  for (const [index, record] of chain.entries()) {
    const expectedSeq = index + 1;
    if (record.seq !== expectedSeq || record.rowKey !== rowKeyOf(expectedSeq)) {
      return { partition, seq: expectedSeq, problem: `record ${expectedSeq} is missing or out of order` };
    }
    if (record.prevHash !== prevHash) {
      return { partition, seq: record.seq, problem: 'prevHash does not match the previous record' };
    }
    const recomputed = hashRecord(record);
    if (recomputed !== record.hash) {
      return { partition, seq: record.seq, problem: 'content does not match its hash (record altered)' };
    }
    prevHash = record.hash;
  }
  if (head && (head.seq !== chain.length || head.hash !== prevHash)) {
    return { partition, seq: chain.length + 1, problem: 'records after the last present one were removed' };
  }
  return undefined;
}
