import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { ExperimentServices } from '../definition/experimentServices';
import type { CampaignLedger } from '../definition/importRecord';
import { formatDay, formatCount } from '../../text/numberFormat';
import { applyBatches, type CampaignOutcome } from './applyBatches';
import { ContentBlocks } from './contentBlocks';
import { DefinitionCache } from './definitionCache';
import { parseEngagementRecord, type EngagementEvent } from './engagementRecord';
import { EventAggregator } from './eventAggregator';
import { formatFromFirstLine, formatFromName, type EventFileFormat } from './eventFileFormat';
import { forEachLine } from './lineReader';
import { CsvRecordReader, JsonLinesRecordReader, type RecordReader } from './recordReaders';
import { resolveEventArm } from './resolveEventArm';

/** Line errors kept in the summary (all of them go to `onMalformed`). */
const MAX_ERRORS_IN_SUMMARY = 20;
/** Marks blocks counted earlier in the same file (a file that repeats itself). */
const THIS_IMPORT = '';

export interface ImportEventsOptions {
  /** Shown in messages and recorded in the ledger; only its last path segment is kept. */
  name: string;
  /** Forces a format; otherwise the extension decides, then the first line. */
  format?: EventFileFormat;
  /** Receives `line 12: type: …` for every malformed row, as it is found. */
  onMalformed?: (message: string) => void;
}

export interface CampaignImportSummary {
  campaign: string;
  /** Events counted by this import. */
  imported: number;
  /** Valid events skipped because earlier imports already counted them. */
  skipped: number;
  status: CampaignOutcome['status'];
}

export interface ImportSummary {
  file: string;
  format: EventFileFormat;
  /** SHA-256 over the file's content blocks: equal for files with the same rows (line endings aside). */
  fingerprint: string;
  /** Data lines read (the CSV header and blank lines not included). */
  lines: number;
  imported: number;
  skipped: number;
  malformed: number;
  /** True when the file brought nothing new: every valid event was already counted. */
  duplicate: boolean;
  /** Open events flagged as machine opens (Apple MPP): counted, but not as human opens. */
  machineOpens: number;
  campaigns: CampaignImportSummary[];
  warnings: string[];
  /** The first malformed rows, `line N: field: problem`. */
  errors: string[];
}

/**
 * `import-events`: streams a CSV or JSONL engagement file into the experiment aggregates.
 *
 * Every row is validated (malformed rows are reported with their line numbers and skipped, the rest
 * imported); customer ids are pseudonymized before anything else happens to them. Rows are grouped into
 * content-defined blocks (events/contentBlocks.ts): blocks an earlier import already counted are skipped,
 * so importing the same file again counts nothing, and a file overlapping earlier ones counts only what
 * is new (up to one block, ~64 rows, around each point where the files differ may be counted again; the
 * distinct-customer metrics are sketches and cannot double count at all). Each campaign's share of the
 * file is written in one transaction together with its ledger entry: exactly once, even after a crash.
 */
export async function importEvents(
  input: Readable,
  options: ImportEventsOptions,
  services: ExperimentServices,
): Promise<ImportSummary> {
  const name = basename(options.name.replace(/\\/g, '/')) || options.name;
  const now = services.clock().getTime();
  const definitions = new DefinitionCache(services.definitions);
  const ledgers = new Map<string, CampaignLedger>();
  const aggregator = new EventAggregator(false);
  const blocks = new ContentBlocks();
  const fileHash = createHash('sha256');
  const newBlocks = new Map<string, string[]>();
  const skippedByCampaign = new Map<string, Map<string, number>>();
  let format = options.format ?? formatFromName(options.name);
  let reader: RecordReader | undefined;
  let blockEvents: EngagementEvent[] = [];
  const summary: ImportSummary = {
    file: name,
    format: format ?? 'csv',
    fingerprint: '',
    lines: 0,
    imported: 0,
    skipped: 0,
    malformed: 0,
    duplicate: false,
    machineOpens: 0,
    campaigns: [],
    warnings: [],
    errors: [],
  };

  const malformed = (lineNumber: number, problem: string): void => {
    const message = `line ${lineNumber}: ${problem}`;
    summary.malformed++;
    if (summary.errors.length < MAX_ERRORS_IN_SUMMARY) summary.errors.push(message);
    options.onMalformed?.(message);
  };

  const closeBlock = (fingerprint: string): void => {
    fileHash.update(fingerprint);
    const byCampaign = new Map<string, EngagementEvent[]>();
    for (const event of blockEvents) {
      const list = byCampaign.get(event.campaignId);
      if (list) list.push(event);
      else byCampaign.set(event.campaignId, [event]);
    }
    for (const [campaignId, events] of byCampaign) {
      const ledger = ledgers.get(campaignId);
      if (!ledger) continue;
      const countedBy = ledger.blocks.get(fingerprint);
      if (countedBy !== undefined) {
        summary.skipped += events.length;
        const skipped = skippedByCampaign.get(campaignId) ?? new Map<string, number>();
        skipped.set(countedBy, (skipped.get(countedBy) ?? 0) + events.length);
        skippedByCampaign.set(campaignId, skipped);
        continue;
      }
      for (const event of events) {
        aggregator.add(event);
        if (event.machineOpen) summary.machineOpens++;
      }
      summary.imported += events.length;
      ledger.blocks.set(fingerprint, THIS_IMPORT);
      const list = newBlocks.get(campaignId);
      if (list) list.push(fingerprint);
      else newBlocks.set(campaignId, [fingerprint]);
    }
    blockEvents = [];
  };

  const accept = (event: EngagementEvent, lineNumber: number): void => {
    const resolution = resolveEventArm(definitions.peek(event.campaignId), event);
    if (!resolution.ok) malformed(lineNumber, resolution.error);
    else blockEvents.push({ ...event, arm: resolution.arm });
  };

  const endLine = (line: string): void => {
    const fingerprint = blocks.add(line);
    if (fingerprint !== undefined) closeBlock(fingerprint);
  };

  await forEachLine(input, (rawLine, lineNumber) => {
    const line = rawLine.trimEnd();
    if (line.trim() === '') return undefined;
    if (!reader) {
      format ??= formatFromFirstLine(line);
      summary.format = format;
      if (format === 'csv') {
        reader = new CsvRecordReader(line);
        fileHash.update(`${line}\n`);
        return undefined;
      }
      reader = new JsonLinesRecordReader();
    }
    summary.lines++;
    const row = reader.read(line);
    if (!row.ok) {
      malformed(lineNumber, row.error);
      return endLine(line);
    }
    const record = parseEngagementRecord(row.field, services.pseudonymizer, now);
    if (!record.ok) {
      malformed(lineNumber, record.error);
      return endLine(line);
    }
    const { event } = record;
    if (definitions.has(event.campaignId)) {
      accept(event, lineNumber);
      return endLine(line);
    }
    return (async () => {
      const definition = await definitions.load(event.campaignId);
      if (definition) ledgers.set(event.campaignId, await services.aggregates.loadLedger(event.campaignId));
      accept(event, lineNumber);
      endLine(line);
    })();
  });
  const last = blocks.finish();
  if (last !== undefined) closeBlock(last);
  summary.fingerprint = fileHash.digest('hex');

  const outcomes = await applyBatches(aggregator, services, (campaignId, batch) => ({
    record: {
      id: summary.fingerprint,
      source: 'file',
      name,
      importedAt: services.clock().toISOString(),
      events: batch.events,
      blocks: newBlocks.get(campaignId)?.length ?? 0,
      firstEventAt: batch.firstEventAt,
      lastEventAt: batch.lastEventAt,
    },
    blocks: newBlocks.get(campaignId) ?? [],
    seenImports: new Set(ledgers.get(campaignId)?.imports.map((record) => record.id) ?? []),
  }));
  const campaigns = new Map<string, CampaignImportSummary>();
  for (const outcome of outcomes) {
    const imported = outcome.status === 'applied' ? outcome.events : 0;
    if (outcome.status === 'duplicate') {
      summary.imported -= outcome.events;
      summary.skipped += outcome.events;
    }
    campaigns.set(outcome.campaign, {
      campaign: outcome.campaign,
      imported,
      skipped: outcome.status === 'duplicate' ? outcome.events : 0,
      status: outcome.status,
    });
  }
  for (const [campaignId, byImport] of skippedByCampaign) {
    const skipped = [...byImport.values()].reduce((sum, count) => sum + count, 0);
    const entry = campaigns.get(campaignId) ?? {
      campaign: campaignId,
      imported: 0,
      skipped: 0,
      status: 'duplicate' as const,
    };
    entry.skipped += skipped;
    campaigns.set(campaignId, entry);
    summary.warnings.push(skippedWarning(campaignId, skipped, byImport, ledgers.get(campaignId)));
  }
  summary.campaigns = [...campaigns.values()].sort((a, b) => a.campaign.localeCompare(b.campaign));
  summary.duplicate = summary.imported === 0 && summary.skipped > 0;
  return summary;
}

function skippedWarning(
  campaignId: string,
  skipped: number,
  byImport: ReadonlyMap<string, number>,
  ledger: CampaignLedger | undefined,
): string {
  const sources = [...byImport.keys()].map((id) => {
    if (id === THIS_IMPORT) return 'earlier in this file';
    const record = ledger?.imports.find((candidate) => candidate.id === id);
    return record
      ? `"${record.name}" (imported ${formatDay(Date.parse(record.importedAt))})`
      : 'an earlier import';
  });
  return `${campaignId}: ${formatCount(skipped)} event(s) were already counted (${sources.join(', ')}) and were skipped.`;
}
