import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { bucketHash } from '../experiments/assignment/bucketHash';
import { bucketRanges, chooseVariation } from '../experiments/assignment/bucketRanges';
import { assignmentSql, type AssignmentParameters } from '../experiments/assignment/assignmentSql';
import type { DefinitionRepository } from '../experiments/definition/definitionRepository';
import type { ExperimentDefinition } from '../experiments/definition/experimentDefinition';
import { toSegmentCriteria, type SegmentCriteria } from '../agents/segmentation/segmentCriteria';
import type { Segment } from '../domain/segment';
import { memberIdsInEngine, thresholdsInEngine } from '../agents/segmentation/segmentInEngine';
import { segmentSendListSql } from '../agents/segmentation/segmentSql';
import { segmentInputOf, storedThresholdsOf } from '../agents/segmentation/storedSegment';
import type { CampaignRepository } from '../campaigns/campaignRepository';
import type { CustomerSource, SendListFormat } from '../ports/CustomerSource';
import { hmacSha256Pads } from '../privacy/pseudonymKeyPads';
import { Pseudonymizer } from '../privacy/pseudonymizer';
import { invalidInput } from '../shared/errors';
import { convertCsvToParquet } from '../adapters/customers/duckDbFiles';

export interface SendListRequest {
  campaignId: string;
  format: SendListFormat;
  /** Where to write the list. */
  file: string;
}

export interface SendListDependencies {
  campaigns: CampaignRepository;
  definitions: DefinitionRepository;
  /** Opened once the campaign is known to be launched; closed here. */
  openCustomers: () => Promise<CustomerSource>;
  pseudonymKey: string;
  pseudonymKeyId: string;
}

export interface SendListSummary {
  campaign: string;
  experimentKey: string;
  format: SendListFormat;
  file: string;
  rows: number;
  /** Members per arm (the holdout is listed too: senders report `held_out` for it). */
  arms: Record<string, number>;
}

/** What the experiment's assignment depends on, for the SQL assignment. */
function assignmentParametersOf(definition: ExperimentDefinition): AssignmentParameters {
  return {
    seed: definition.seed || definition.experimentKey,
    keys: definition.arms.map((arm) => arm.key),
    weights: definition.arms.map((arm) => arm.weight),
    coverage: definition.coverage,
  };
}

/**
 * The experiment's deterministic assignment (GrowthBook hash v2, exactly `assignVariation`) as a
 * function, counting per arm (the streaming path, for engines that do not write files). The bucket ranges are computed once: this runs once per member.
 */
function armAssigner(definition: ExperimentDefinition): {
  assign: (id: string) => string | null;
  counts: () => Record<string, number>;
} {
  const weights = definition.arms.map((arm) => arm.weight);
  const { ranges } = bucketRanges(definition.arms.length, definition.coverage, weights);
  const seed = definition.seed || definition.experimentKey;
  const keys = definition.arms.map((arm) => arm.key);
  const tally = new Array<number>(keys.length).fill(0);
  const assign = (id: string): string | null => {
    if (id === '' || keys.length < 2) return null;
    const variation = chooseVariation(bucketHash(seed, id), ranges);
    if (variation < 0) return null;
    tally[variation] = (tally[variation] ?? 0) + 1;
    return keys[variation] ?? null;
  };
  return { assign, counts: () => Object.fromEntries(keys.map((key, index) => [key, tally[index] ?? 0])) };
}

const CAMPAIGN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * The pseudonymized send list of an approved, launched campaign, materialized only when asked for: the
 * stored segment's members (with the quintiles it was approved with) and their arm. An engine that writes
 * files (DuckDB) computes pseudonyms and writes the list itself; otherwise ids are streamed in batches and
 * written here. Memory stays flat either way. Unknown or unlaunched campaigns are INVALID_INPUT.
 */
export async function exportSendList(
  request: SendListRequest,
  deps: SendListDependencies,
): Promise<SendListSummary> {
  const { campaignId } = request;
  // Ids become table keys and a folder name: anything else cannot name a campaign.
  const campaign = CAMPAIGN_ID.test(campaignId) ? await deps.campaigns.findCampaign(campaignId) : undefined;
  if (!campaign) throw invalidInput(`Unknown campaign "${campaignId}": there is nothing to export.`);
  const definition = await deps.definitions.find(campaignId);
  if (campaign.status !== 'launched' || !definition) {
    throw invalidInput(
      `Campaign "${campaignId}" is not launched: a send list exists only after its variants are approved and its experiment is launched.`,
    );
  }
  const criteria = toSegmentCriteria(segmentInputOf(campaign.segment));
  const source = await deps.openCustomers();
  try {
    return await writeSendList(request, deps, source, definition, campaign.segment, criteria);
  } finally {
    await source.close();
  }
}

async function writeSendList(
  request: SendListRequest,
  deps: SendListDependencies,
  source: CustomerSource,
  definition: ExperimentDefinition,
  segment: Segment,
  criteria: SegmentCriteria,
): Promise<SendListSummary> {
  const cohort = criteria.cohort;
  const thresholds = cohort?.usesScores
    ? (storedThresholdsOf(segment) ?? (await thresholdsInEngine(source)))
    : undefined;
  await mkdir(dirname(request.file), { recursive: true });

  let rows: number;
  let counts: Record<string, number>;
  if (source.copyToFile) {
    // Pseudonyms and arms computed in the engine (SQL), written by it: no member passes through JavaScript.
    const pads = hmacSha256Pads(deps.pseudonymKey);
    const list = segmentSendListSql(
      source.relation,
      criteria,
      cohort,
      thresholds,
      {
        keyId: deps.pseudonymKeyId,
        innerPadHex: pads.inner.toString('hex'),
        outerPadHex: pads.outer.toString('hex'),
      },
      assignmentSql(assignmentParametersOf(definition)),
    );
    const copied = await source.copyToFile(list, request.file, request.format, 'arm');
    rows = copied.rows;
    // Every arm is named, with 0 for an arm nobody landed in, as the streaming path counts them.
    counts = Object.fromEntries(definition.arms.map((arm) => [arm.key, copied.counts[arm.key] ?? 0]));
  } else {
    const arms = armAssigner(definition);
    const csvFile = request.format === 'csv' ? request.file : `${request.file}.csv.tmp`;
    rows = await writeSendListCsv(
      memberIdsInEngine(source, criteria, cohort, thresholds),
      csvFile,
      new Pseudonymizer(deps.pseudonymKey, deps.pseudonymKeyId),
      arms.assign,
    );
    if (request.format === 'parquet') {
      await convertCsvToParquet(csvFile, request.file);
      await rm(csvFile, { force: true });
    }
    counts = arms.counts();
  }
  return {
    campaign: definition.campaignId,
    experimentKey: definition.experimentKey,
    format: request.format,
    file: request.file,
    rows,
    arms: counts,
  };
}

/** Streams `customerRef,arm` lines with back-pressure; ids are pseudonymized before anything is written. */
async function writeSendListCsv(
  batches: AsyncIterable<string[]>,
  file: string,
  pseudonymizer: Pseudonymizer,
  armOf: (id: string) => string | null,
): Promise<number> {
  const output = createWriteStream(file);
  let rows = 0;
  try {
    output.write('customerRef,arm\n');
    for await (const ids of batches) {
      let chunk = '';
      for (const id of ids) {
        const arm = armOf(id);
        if (arm === null) continue;
        chunk += `${pseudonymizer.customer(id)},${arm}\n`;
        rows += 1;
      }
      if (!output.write(chunk)) await once(output, 'drain');
    }
  } finally {
    output.end();
    await once(output, 'finish');
  }
  return rows;
}
