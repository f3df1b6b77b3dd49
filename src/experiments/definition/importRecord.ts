/** Where a batch of engagement came from. */
export const IMPORT_SOURCES = ['file', 'simulation'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/**
 * The ledger entry written atomically with a batch's aggregates. Its id is the batch's content fingerprint.
 * The fingerprints of the content blocks the batch counted (see events/contentBlocks.ts) are stored under
 * the same id in the import-blocks table, so a later file repeating those blocks skips them.
 */
export interface ImportRecord {
  /** Content fingerprint (SHA-256 hex) of the batch. */
  id: string;
  source: ImportSource;
  /** File name (no directories) or a description such as "simulation seed 7". */
  name: string;
  importedAt: string;
  /** Events of this campaign counted by the batch. */
  events: number;
  /** Content blocks counted by the batch (0 for simulations). */
  blocks: number;
  /** Epoch ms of the batch's earliest and latest counted event for this campaign. */
  firstEventAt: number | null;
  lastEventAt: number | null;
}

/** A batch to be counted exactly once. */
export interface LedgerEntry {
  record: ImportRecord;
  /** 16-hex fingerprints of the blocks this batch counts (already-counted blocks left out). */
  blocks: readonly string[];
  /** Ids of the imports whose blocks were known when the batch was built (see AggregateRepository.apply). */
  seenImports: ReadonlySet<string>;
}

/** What has been counted for a campaign: the imports, and every counted block with the import that counted it. */
export interface CampaignLedger {
  imports: ImportRecord[];
  /** Block fingerprint → id of the import that counted it. */
  blocks: Map<string, string>;
}
