import type { BatchOperation, StoredEntity, TableEntity, TableStore } from '../../ports/TableStore';
import { AppError, conflict, invalidInput, unavailable } from '../../shared/errors';
import {
  addArmAggregate,
  emptyArmAggregate,
  SKETCH_METRICS,
  type ArmAggregate,
  type SketchMetric,
} from './armAggregate';
import {
  FINGERPRINTS_PER_PROPERTY,
  packFingerprints,
  PROPERTIES_PER_ROW,
  unpackFingerprints,
} from './blockFingerprints';
import { HyperLogLog } from './hyperLogLog';
import type { CampaignLedger, ImportRecord, LedgerEntry } from '../definition/importRecord';
import { backoff, isWriteConflict } from '../definition/writeConflict';

export const AGGREGATES_TABLE = 'ExperimentAggregates';
/** Block fingerprints of imports, apart from the aggregates so reading results never loads them. */
export const IMPORT_BLOCKS_TABLE = 'ExperimentImportBlocks';

const ARM_ROW = 'arm|';
const SKETCH_ROW = 'sketch|';
const IMPORT_ROW = 'import|';
const SKETCH_PROPERTY = 's_';
const BLOCK_PROPERTY = 'b';
const MAX_ATTEMPTS = 40;
/** Azure Tables' limit on operations in one batch. */
const MAX_BATCH = 100;
/** Block rows of one import (≈ 39K fingerprints each): keeps a batch well under the 4 MiB payload limit. */
const MAX_BLOCK_ROWS = 8;

/** Counters of one arm as stored: everything but the sketches, as JSON (numbers stay exact doubles). */
type StoredCounters = Omit<ArmAggregate, 'sketches'>;

type Row = StoredEntity<TableEntity>;

export interface CampaignAggregates {
  arms: Map<string, ArmAggregate>;
  /** Batches counted so far, oldest first. */
  imports: ImportRecord[];
}

export type ApplyOutcome =
  { status: 'applied'; attempts: number } | { status: 'duplicate'; previous: ImportRecord };

const armRowKey = (arm: string): string => `${ARM_ROW}${encodeURIComponent(arm)}`;
const sketchRowKey = (arm: string): string => `${SKETCH_ROW}${encodeURIComponent(arm)}`;
const importRowKey = (id: string): string => `${IMPORT_ROW}${id}`;
const blocksRowKey = (id: string, index: number): string => `${id}|${index}`;
const importIdOfBlocksRow = (key: string): string => key.slice(0, key.lastIndexOf('|'));
/** Rows holding `blocks` fingerprints (see blockFingerprints.ts). */
const blockRowCount = (blocks: number): number =>
  Math.ceil(Math.ceil(blocks / FINGERPRINTS_PER_PROPERTY) / PROPERTIES_PER_ROW);

function countersOf(aggregate: ArmAggregate): StoredCounters {
  const { sketches: _sketches, ...counters } = aggregate;
  return counters;
}

function parseCounters(row: Row | undefined): ArmAggregate {
  const empty = emptyArmAggregate();
  if (!row) return empty;
  const stored = JSON.parse(String(row.entity.json)) as StoredCounters;
  return { ...empty, ...stored, events: { ...empty.events, ...stored.events }, sketches: {} };
}

function decodeSketches(row: Row | undefined, metrics: Iterable<SketchMetric>): ArmAggregate['sketches'] {
  const sketches: ArmAggregate['sketches'] = {};
  if (!row) return sketches;
  for (const metric of metrics) {
    const encoded = row.entity[`${SKETCH_PROPERTY}${metric}`];
    if (typeof encoded === 'string' && encoded !== '') sketches[metric] = HyperLogLog.decode(encoded);
  }
  return sketches;
}

function parseRecord(row: Row): ImportRecord {
  return JSON.parse(String(row.entity.json)) as ImportRecord;
}

function blocksOf(row: Row): string[] {
  const fingerprints: string[] = [];
  for (const [property, value] of Object.entries(row.entity)) {
    if (property.startsWith(BLOCK_PROPERTY) && /^b\d+$/.test(property) && typeof value === 'string') {
      fingerprints.push(...unpackFingerprints(value));
    }
  }
  return fingerprints;
}

/**
 * Experiment aggregates on Azure Tables, one partition per campaign: per arm a counters row and a sketches
 * row, plus one ledger row per counted batch. A batch is applied as ONE transaction — read, add, write back
 * with the ETags just read, ledger row inserted alongside — so it is counted exactly once even when
 * importers, the webhook and retries race: the loser re-reads and re-applies.
 *
 * The block fingerprints of an import live in a table of their own (IMPORT_BLOCKS_TABLE, same partition
 * key), written just before the transaction; they count only once their import's ledger row exists, so a
 * failed transaction leaves harmless orphans and reading results never loads them.
 */
export class AggregateRepository {
  constructor(private readonly store: TableStore) {}

  async init(): Promise<void> {
    await Promise.all([
      this.store.ensureTable(AGGREGATES_TABLE),
      this.store.ensureTable(IMPORT_BLOCKS_TABLE),
    ]);
  }

  async load(campaignId: string): Promise<CampaignAggregates> {
    const rows = await this.store.listPartition<TableEntity>(AGGREGATES_TABLE, campaignId);
    const arms = new Map<string, ArmAggregate>();
    const sketchRows = new Map<string, Row>();
    const imports: ImportRecord[] = [];
    for (const row of rows) {
      const key = row.entity.rowKey;
      if (key.startsWith(ARM_ROW))
        arms.set(decodeURIComponent(key.slice(ARM_ROW.length)), parseCounters(row));
      else if (key.startsWith(SKETCH_ROW))
        sketchRows.set(decodeURIComponent(key.slice(SKETCH_ROW.length)), row);
      else if (key.startsWith(IMPORT_ROW)) imports.push(parseRecord(row));
    }
    for (const [arm, row] of sketchRows) {
      const aggregate = arms.get(arm) ?? emptyArmAggregate();
      aggregate.sketches = decodeSketches(row, SKETCH_METRICS);
      arms.set(arm, aggregate);
    }
    imports.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    return { arms, imports };
  }

  /** The imports counted for a campaign and the block fingerprints each of them counted. */
  async loadLedger(campaignId: string): Promise<CampaignLedger> {
    const [rows, blockRows] = await Promise.all([
      this.store.listPartition<TableEntity>(AGGREGATES_TABLE, campaignId),
      this.store.listPartition<TableEntity>(IMPORT_BLOCKS_TABLE, campaignId),
    ]);
    const imports = rows.filter((row) => row.entity.rowKey.startsWith(IMPORT_ROW)).map(parseRecord);
    const committed = new Set(imports.map((record) => record.id));
    const blocks = new Map<string, string>();
    for (const row of blockRows) {
      const importId = importIdOfBlocksRow(row.entity.rowKey);
      if (!committed.has(importId)) continue; // written by an import whose transaction never happened
      for (const block of blocksOf(row)) blocks.set(block, importId);
    }
    imports.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
    return { imports, blocks };
  }

  /**
   * Adds `deltas` (per arm) to the stored aggregates in one transaction. With a ledger entry the batch is
   * counted at most once: if its record already exists nothing is written and the earlier record is
   * returned; if an import that was not yet known when the batch was built has since counted some of the
   * same blocks, the batch is refused (CONFLICT) rather than counting them twice — re-running it then
   * skips them. Without a ledger (the webhook) only the touched arms' rows are read.
   */
  async apply(
    campaignId: string,
    deltas: ReadonlyMap<string, ArmAggregate>,
    ledger?: LedgerEntry,
  ): Promise<ApplyOutcome> {
    if (ledger) await this.writeBlocks(campaignId, ledger);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const rows = ledger
        ? await this.partitionRows(campaignId)
        : await this.armRows(campaignId, deltas.keys());
      if (ledger) {
        const previous = rows.get(importRowKey(ledger.record.id));
        if (previous) return { status: 'duplicate', previous: parseRecord(previous) };
        await this.refuseOverlapWithNewImports(campaignId, rows, ledger);
      }
      const operations = this.aggregateOperations(campaignId, rows, deltas);
      if (ledger) {
        operations.push({
          kind: 'insert',
          entity: {
            partitionKey: campaignId,
            rowKey: importRowKey(ledger.record.id),
            json: JSON.stringify(ledger.record),
          },
        });
      }
      if (operations.length > MAX_BATCH) {
        throw new AppError(
          'INTERNAL',
          `An aggregate update needs ${operations.length} writes; at most ${MAX_BATCH} fit in one batch.`,
        );
      }
      try {
        await this.store.transact(AGGREGATES_TABLE, operations);
        return { status: 'applied', attempts: attempt };
      } catch (error) {
        if (!isWriteConflict(error)) throw error;
        await backoff(attempt);
      }
    }
    throw unavailable('Too many concurrent updates to the experiment results; please retry.');
  }

  private async partitionRows(campaignId: string): Promise<Map<string, Row>> {
    const rows = await this.store.listPartition<TableEntity>(AGGREGATES_TABLE, campaignId);
    return new Map(rows.map((row) => [row.entity.rowKey, row]));
  }

  /** Just the counters and sketches rows of the given arms (point reads, in parallel). */
  private async armRows(campaignId: string, arms: Iterable<string>): Promise<Map<string, Row>> {
    const keys = [...arms].flatMap((arm) => [armRowKey(arm), sketchRowKey(arm)]);
    const rows = await Promise.all(
      keys.map((key) => this.store.get<TableEntity>(AGGREGATES_TABLE, campaignId, key)),
    );
    const found = new Map<string, Row>();
    rows.forEach((row, index) => {
      const key = keys[index];
      if (row && key !== undefined) found.set(key, row);
    });
    return found;
  }

  /** Stores the batch's block fingerprints (idempotent upserts; they count once the ledger row exists). */
  private async writeBlocks(campaignId: string, ledger: LedgerEntry): Promise<void> {
    const properties = packFingerprints(ledger.blocks);
    const rowCount = Math.ceil(properties.length / PROPERTIES_PER_ROW);
    if (rowCount > MAX_BLOCK_ROWS) {
      throw invalidInput(
        'The file is too large to import in one go for one campaign; split it into smaller files.',
      );
    }
    for (let row = 0; row < rowCount; row++) {
      const entity: TableEntity = { partitionKey: campaignId, rowKey: blocksRowKey(ledger.record.id, row) };
      properties
        .slice(row * PROPERTIES_PER_ROW, (row + 1) * PROPERTIES_PER_ROW)
        .forEach((value, index) => (entity[`${BLOCK_PROPERTY}${index}`] = value));
      await this.store.upsert(IMPORT_BLOCKS_TABLE, entity);
    }
  }

  /** CONFLICT when an import committed after this batch's snapshot counted some of the same blocks. */
  private async refuseOverlapWithNewImports(
    campaignId: string,
    rows: ReadonlyMap<string, Row>,
    ledger: LedgerEntry,
  ): Promise<void> {
    if (ledger.blocks.length === 0) return;
    const ours = new Set(ledger.blocks);
    for (const [key, row] of rows) {
      if (!key.startsWith(IMPORT_ROW)) continue;
      const record = parseRecord(row);
      if (ledger.seenImports.has(record.id) || record.blocks === 0) continue;
      for (let index = 0; index < blockRowCount(record.blocks); index++) {
        const blockRow = await this.store.get<TableEntity>(
          IMPORT_BLOCKS_TABLE,
          campaignId,
          blocksRowKey(record.id, index),
        );
        if (blockRow && blocksOf(blockRow).some((block) => ours.has(block))) {
          throw conflict(
            'Another import with some of the same events finished while this one ran. Run this import again: the events already counted will be skipped.',
          );
        }
      }
    }
  }

  private aggregateOperations(
    campaignId: string,
    rows: ReadonlyMap<string, Row>,
    deltas: ReadonlyMap<string, ArmAggregate>,
  ): Array<BatchOperation<TableEntity>> {
    const operations: Array<BatchOperation<TableEntity>> = [];
    for (const [arm, delta] of deltas) {
      const counterRow = rows.get(armRowKey(arm));
      const sketchRow = rows.get(sketchRowKey(arm));
      const current = parseCounters(counterRow);
      current.sketches = decodeSketches(sketchRow, Object.keys(delta.sketches) as SketchMetric[]);
      const changed = addArmAggregate(current, delta);
      const counters: TableEntity = {
        partitionKey: campaignId,
        rowKey: armRowKey(arm),
        json: JSON.stringify(countersOf(current)),
      };
      operations.push(
        counterRow
          ? { kind: 'update', entity: counters, etag: counterRow.etag }
          : { kind: 'insert', entity: counters },
      );
      if (changed.size === 0) continue;
      const sketches: TableEntity = { partitionKey: campaignId, rowKey: sketchRowKey(arm) };
      // Replace semantics: carry the untouched sketches over as stored, re-encode only the changed ones.
      for (const [property, value] of Object.entries(sketchRow?.entity ?? {})) {
        if (property.startsWith(SKETCH_PROPERTY) && typeof value === 'string') sketches[property] = value;
      }
      for (const metric of changed) {
        const sketch = current.sketches[metric];
        if (sketch) sketches[`${SKETCH_PROPERTY}${metric}`] = sketch.encode();
      }
      operations.push(
        sketchRow
          ? { kind: 'update', entity: sketches, etag: sketchRow.etag }
          : { kind: 'insert', entity: sketches },
      );
    }
    return operations;
  }
}
