import type { StoredEntity, TableEntity, TableStore } from '../ports/TableStore';
import { isAppError, unavailable } from '../shared/errors';
import { GENESIS_HASH, hashRecord, rowKeyOf, type AuditEvent, type AuditRecord } from './auditRecord';

export const AUDIT_TABLE = 'Audit';
const HEAD_ROW = '~head';
const SYSTEM_PARTITION = '_system';
const MAX_APPEND_ATTEMPTS = 20;

interface AuditHead extends TableEntity {
  seq: number;
  hash: string;
}

export interface ChainBreak {
  partition: string;
  seq: number;
  problem: string;
}

export interface VerifyResult {
  partitions: number;
  records: number;
  firstBreak?: ChainBreak;
}

/**
 * Append-only, hash-chained audit log on Azure Tables. One chain per campaign partition; each append writes
 * the record and advances the partition's head row in one ETag-guarded batch, so concurrent writers never fork
 * the chain: the loser of a race re-reads the head and retries.
 */
export class AuditLog {
  constructor(
    private readonly store: TableStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async init(): Promise<void> {
    await this.store.ensureTable(AUDIT_TABLE);
  }

  async append(event: AuditEvent): Promise<AuditRecord> {
    const partition = event.campaignId ?? SYSTEM_PARTITION;
    for (let attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt += 1) {
      const head = await this.store.get<AuditHead>(AUDIT_TABLE, partition, HEAD_ROW);
      const seq = (head?.entity.seq ?? 0) + 1;
      const body = {
        seq,
        at: this.clock().toISOString(),
        actor: event.actor,
        action: event.action,
        campaignId: event.campaignId ?? '',
        details: JSON.stringify(event.details),
        prevHash: head?.entity.hash ?? GENESIS_HASH,
      };
      const record: AuditRecord = {
        partitionKey: partition,
        rowKey: rowKeyOf(seq),
        ...body,
        hash: hashRecord(body),
      };
      const nextHead: AuditHead = { partitionKey: partition, rowKey: HEAD_ROW, seq, hash: record.hash };
      try {
        await this.store.transact<TableEntity>(AUDIT_TABLE, [
          { kind: 'insert', entity: record },
          head ? { kind: 'update', entity: nextHead, etag: head.etag } : { kind: 'insert', entity: nextHead },
        ]);
        return record;
      } catch (error) {
        if (!(isAppError(error) && error.code === 'CONFLICT') && !isBatchConflict(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
      }
    }
    throw unavailable('The audit log is too busy right now; please retry.');
  }

  async records(campaignId?: string): Promise<AuditRecord[]> {
    const rows = await this.store.listPartition<AuditRecord>(AUDIT_TABLE, campaignId ?? SYSTEM_PARTITION);
    return rows.filter((row) => row.entity.rowKey !== HEAD_ROW).map((row) => row.entity);
  }

  async allRecords(): Promise<AuditRecord[]> {
    const rows: Array<StoredEntity<AuditRecord>> = await this.store.listAll<AuditRecord>(AUDIT_TABLE);
    return rows.filter((row) => row.entity.rowKey !== HEAD_ROW).map((row) => row.entity);
  }

  /** Recomputes every chain (or one campaign's) and reports the first broken link. */
  async verify(campaignId?: string): Promise<VerifyResult> {
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
    for (const [partition, entities] of [...byPartition.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const head = entities.find((entity) => entity.rowKey === HEAD_ROW);
      const chain = entities.filter((entity) => entity.rowKey !== HEAD_ROW);
      records += chain.length;
      const problem = verifyChain(partition, chain, head);
      if (problem) return { partitions: byPartition.size, records, firstBreak: problem };
    }
    return { partitions: byPartition.size, records };
  }
}

function isBatchConflict(error: unknown): boolean {
  const cause = (error as { cause?: { statusCode?: number } }).cause;
  return cause?.statusCode === 409 || cause?.statusCode === 412;
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
