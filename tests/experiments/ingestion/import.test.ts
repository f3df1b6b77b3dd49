import { Readable } from 'node:stream';
import { importEvents } from '../../../src/experiments/ingestion/importEvents';
import { distinctCounts } from '../../../src/experiments/aggregates/armAggregate';
import {
  AGGREGATES_TABLE,
  IMPORT_BLOCKS_TABLE,
} from '../../../src/experiments/aggregates/aggregateRepository';
import { EXPERIMENTS_TABLE } from '../../../src/experiments/definition/definitionRepository';
import {
  DEV_PSEUDONYMIZER,
  createExperimentWorld,
  launchCampaign,
  streamOf,
  type ExperimentWorld,
} from '../support/experimentFixtures';

const HEADER = 'campaign,arm,customer,type,timestamp,revenue,machineOpen,userAgent,region';

/** CSV rows for `count` customers of `campaign`: delivered to all, a click from every 5th (twice), opens. */
function csvRows(campaign: string, count: number, offset = 0, arms = ['control', 'v1', 'v2']): string[] {
  const rows: string[] = [];
  for (let index = offset; index < offset + count; index++) {
    const arm = arms[index % arms.length] ?? 'control';
    const customer = `C${String(index).padStart(7, '0')}`;
    const at = new Date(Date.parse('2026-03-02T10:00:00Z') + index * 1000).toISOString();
    rows.push(`${campaign},${arm},${customer},delivered,${at},,,,${index % 2 === 0 ? 'NA' : 'EMEA'}`);
    if (index % 5 === 0) {
      rows.push(`${campaign},${arm},${customer},click,${at},,,,NA`);
      rows.push(`${campaign},${arm},${customer},click,${at},,,,NA`);
    }
    if (index % 3 === 0) rows.push(`${campaign},${arm},${customer},open,${at},,,Mozilla/5.0,NA`);
  }
  return rows;
}

const csv = (rows: string[]): string => `${[HEADER, ...rows].join('\n')}\n`;

async function totals(world: ExperimentWorld, campaign: string) {
  const stored = await world.services.aggregates.load(campaign);
  let delivered = 0;
  let clicks = 0;
  let clickers = 0;
  for (const aggregate of stored.arms.values()) {
    delivered += aggregate.events.delivered;
    clicks += aggregate.events.click;
    clickers += distinctCounts(aggregate).click;
  }
  return { delivered, clicks, clickers, stored };
}

describe('cpo import-events: the import use case', () => {
  let world: ExperimentWorld;
  beforeAll(async () => {
    world = await createExperimentWorld();
    for (const id of [
      'imp-csv',
      'imp-jsonl',
      'imp-again',
      'imp-overlap',
      'imp-concurrent',
      'imp-race',
      'imp-same',
      'imp-holdout',
    ]) {
      await launchCampaign(world.services, { id, holdout: id === 'imp-holdout' });
    }
    world.setNow(new Date('2026-03-09T00:00:00Z'));
  });

  it('imports CSV, reports malformed rows with line numbers and imports the rest', async () => {
    const lines = [
      HEADER,
      'imp-csv,control,C1,delivered,2026-03-02T10:00:00Z,,,,NA',
      'imp-csv,v1,C2,delivered,2026-03-02T10:00:00Z,,,,EMEA',
      'imp-csv,v1,C2,click,2026-03-02T11:00:00Z,,,,EMEA',
      'imp-csv,v1,C2,conversion,2026-03-02T12:00:00Z,59.90,,,EMEA',
      'imp-csv,v1,C2,open,2026-03-02T10:30:00Z,,true,,EMEA',
      '',
      'imp-csv,v1,C3,clik,2026-03-02T11:00:00Z,,,,NA',
      'imp-csv,v9,C3,click,2026-03-02T11:00:00Z,,,,NA',
      'imp-csv,v1,"C4,click,2026-03-02T11:00:00Z,,,,NA',
      'imp-csv,v1,C5,click',
      'unknown-campaign,v1,C6,click,2026-03-02T11:00:00Z,,,,NA',
      'imp-csv,v1,C7,click,2026-03-02T11:00:00Z,12,,,NA',
      'imp-csv,control,C8,held_out,2026-03-02T11:00:00Z,,,,NA',
    ];
    const problems: string[] = [];
    const summary = await importEvents(
      streamOf(lines.join('\r\n')),
      { name: 'exports/march.csv', onMalformed: (message) => problems.push(message) },
      world.services,
    );
    expect(summary).toMatchObject({
      file: 'march.csv',
      format: 'csv',
      lines: 12,
      imported: 5,
      malformed: 7,
      duplicate: false,
      machineOpens: 1,
    });
    expect(problems).toEqual([
      'line 8: type: is not an event type (delivered, open, click, conversion, unsubscribe, complaint, held_out)',
      'line 9: arm: is not an arm of campaign "imp-csv" (control, v1, v2)',
      'line 10: unbalanced quotes',
      'line 11: has 4 field(s), the header has 9',
      'line 12: campaign: "unknown-campaign" has no launched experiment',
      'line 13: revenue: only conversion events carry revenue',
      'line 14: type: held_out events belong to the holdout arm, not control',
    ]);
    expect(summary.errors).toEqual(problems);
    const { stored } = await totals(world, 'imp-csv');
    const v1 = stored.arms.get('v1');
    expect(v1?.events).toMatchObject({ delivered: 1, click: 1, conversion: 1, open: 1 });
    expect(v1?.machineOpens).toBe(1);
    expect(v1?.revenueSum).toBeCloseTo(59.9, 10);
    expect(v1?.revenueSumSquares).toBeCloseTo(59.9 * 59.9, 8);
    expect(v1 && distinctCounts(v1)).toMatchObject({
      delivered: 1,
      click: 1,
      conversion: 1,
      machineOpen: 1,
      humanOpen: 0,
    });
    expect(v1?.segments.EMEA).toEqual({ delivered: 1, click: 1, conversion: 1, revenue: 59.9 });
    expect(stored.imports).toHaveLength(1);
    expect(stored.imports[0]).toMatchObject({ source: 'file', name: 'march.csv', events: 5 });
  });

  it('imports JSON Lines (by extension or by content) with the same rules', async () => {
    const jsonl = [
      '{"campaign":"imp-jsonl","variant":"V1","customer_id":"C1","event":"delivered","ts":1772445600}',
      '{"campaign":"imp-jsonl","variant":"v1","customer_id":"C1","event":"click","ts":"2026-03-02T11:00:00Z","userAgent":"Mozilla/5.0 (Macintosh)"}',
      'not json at all',
      '["array"]',
      '{"campaign":"imp-jsonl","arm":"control","customer":"' +
        DEV_PSEUDONYMIZER.customer('C2') +
        '","type":"delivered","timestamp":"2026-03-02T10:00:00Z"}',
      '{"campaign":"imp-jsonl","arm":"control","customer":"C2","type":"delivered","timestamp":"2099-01-01T00:00:00Z"}',
    ].join('\n');
    const problems: string[] = [];
    const byName = await importEvents(
      streamOf(jsonl),
      { name: 'events.ndjson', onMalformed: (message) => problems.push(message) },
      world.services,
    );
    expect(byName).toMatchObject({ format: 'jsonl', lines: 6, imported: 3, malformed: 3 });
    expect(problems).toEqual([
      'line 3: is not valid JSON',
      'line 4: must be a JSON object',
      'line 6: timestamp: is in the future',
    ]);
    const edges = await importEvents(
      Readable.from([
        Buffer.concat([
          Buffer.from('{"campaign":"imp-jsonl","arm":"v1","customer":"C'),
          Buffer.from([0xc3, 0x28]), // not UTF-8
          Buffer.from('","type":"click","timestamp":"2026-03-02T10:00:00Z"}\n'),
          Buffer.from(
            `{"campaign":"imp-jsonl","arm":"v1","customer":"${'C'.repeat(300)}","type":"click","timestamp":"2026-03-02T10:00:00Z"}\n`,
          ),
          Buffer.from(
            '{"campaign":"imp-jsonl","arm":"v1","customer":{"id":"C1"},"type":"click","timestamp":"2026-03-02T10:00:00Z"}\n',
          ),
        ]),
      ]),
      { name: 'edges.jsonl' },
      world.services,
    );
    expect(edges).toMatchObject({ lines: 3, imported: 0, malformed: 3 });
    expect(edges.errors).toEqual([
      'line 1: customer: is not valid UTF-8',
      'line 2: customer: is longer than 256 characters',
      'line 3: customer: must be a string',
    ]);
    const { stored } = await totals(world, 'imp-jsonl');
    // The raw id C2 and its pseudonym are the same customer.
    expect(distinctCounts(stored.arms.get('control') ?? stored.arms.values().next().value!).delivered).toBe(
      1,
    );
    const sniffed = await importEvents(
      streamOf(
        '{"campaign":"imp-jsonl","arm":"v2","customer":"C9","type":"delivered","timestamp":"2026-03-02T10:00:00Z"}\n',
      ),
      { name: 'stdin' },
      world.services,
    );
    expect(sniffed).toMatchObject({ format: 'jsonl', imported: 1 });
  });

  it('counts nothing twice when the same file is imported again (also with other line endings)', async () => {
    const rows = csvRows('imp-again', 900);
    const first = await importEvents(streamOf(csv(rows)), { name: 'a.csv' }, world.services);
    expect(first).toMatchObject({ imported: rows.length, skipped: 0, malformed: 0 });
    const before = await totals(world, 'imp-again');
    expect(before.delivered).toBe(900);
    const again = await importEvents(streamOf(csv(rows)), { name: 'a-copy.csv' }, world.services);
    expect(again).toMatchObject({
      imported: 0,
      skipped: rows.length,
      duplicate: true,
      fingerprint: first.fingerprint,
    });
    expect(again.warnings[0]).toMatch(/already counted \("a.csv"/);
    const crlf = await importEvents(
      streamOf(`\uFEFF${[HEADER, ...rows].join('\r\n')}`),
      { name: 'a-windows.csv' },
      world.services,
    );
    expect(crlf).toMatchObject({ imported: 0, duplicate: true, fingerprint: first.fingerprint });
    const after = await totals(world, 'imp-again');
    expect({ delivered: after.delivered, clicks: after.clicks }).toEqual({
      delivered: before.delivered,
      clicks: before.clicks,
    });
    expect(after.stored.imports).toHaveLength(1);
  });

  it('counts only the new rows of a file that repeats an earlier export (at most a block at the seam)', async () => {
    const old = csvRows('imp-overlap', 1500);
    await importEvents(streamOf(csv(old)), { name: 'monday.csv' }, world.services);
    const extended = [...old, ...csvRows('imp-overlap', 600, 1500)];
    const summary = await importEvents(
      streamOf(csv(extended)),
      { name: 'monday-and-tuesday.csv' },
      world.services,
    );
    const { delivered, clickers } = await totals(world, 'imp-overlap');
    expect(delivered).toBeGreaterThanOrEqual(2100);
    expect(delivered - 2100).toBeLessThanOrEqual(1024); // the old file's last block is re-counted at most
    expect(summary.skipped).toBeGreaterThan(old.length - 1100);
    // Distinct clickers are sketches: repeats never count, whatever the overlap (within the sketch's error).
    expect(Math.abs(clickers - 420)).toBeLessThanOrEqual(3);
    // A corrected copy of the old file (one changed row) re-counts at most the blocks around the change.
    const corrected = [...old];
    corrected[700] = corrected[700]?.replace('delivered', 'delivery') ?? '';
    const fixed = await importEvents(streamOf(csv(corrected)), { name: 'monday-fixed.csv' }, world.services);
    expect(fixed.imported).toBeLessThanOrEqual(2 * 1024);
    expect(fixed.skipped).toBeGreaterThan(old.length - 2 * 1024);
  });

  it('loses no counts when several files are imported at the same time', async () => {
    const files = Array.from({ length: 5 }, (_, part) => csv(csvRows('imp-concurrent', 400, part * 400)));
    const summaries = await Promise.all(
      files.map((text, part) => importEvents(streamOf(text), { name: `part-${part}.csv` }, world.services)),
    );
    expect(summaries.every((summary) => summary.malformed === 0 && summary.skipped === 0)).toBe(true);
    const { delivered, clicks, clickers, stored } = await totals(world, 'imp-concurrent');
    expect(delivered).toBe(2000);
    expect(clicks).toBe(800);
    expect(Math.abs(clickers - 400)).toBeLessThanOrEqual(3);
    expect(stored.imports).toHaveLength(5);
  });

  it('refuses (CONFLICT) rather than double counts when overlapping files race, and a re-run finishes the job', async () => {
    const small = csv(csvRows('imp-race', 1000));
    const large = csv(csvRows('imp-race', 1500));
    const attempts = await Promise.allSettled([
      importEvents(streamOf(small), { name: 'small.csv' }, world.services),
      importEvents(streamOf(large), { name: 'large.csv' }, world.services),
    ]);
    for (const [index, attempt] of attempts.entries()) {
      if (attempt.status === 'fulfilled') continue;
      expect(attempt.reason).toMatchObject({
        code: 'CONFLICT',
        userMessage: expect.stringMatching(/Run this import again/),
      });
      await importEvents(streamOf(index === 0 ? small : large), { name: 'rerun.csv' }, world.services);
    }
    const { delivered } = await totals(world, 'imp-race');
    expect(delivered).toBeGreaterThanOrEqual(1500);
    expect(delivered - 1500).toBeLessThanOrEqual(1024);
  });

  it('counts the same file once when it is imported twice at the same time', async () => {
    const text = csv(csvRows('imp-same', 300));
    const [a, b] = await Promise.all([
      importEvents(streamOf(text), { name: 'one.csv' }, world.services),
      importEvents(streamOf(text), { name: 'two.csv' }, world.services),
    ]);
    expect((a?.imported ?? 0) + (b?.imported ?? 0)).toBe(text.split('\n').length - 2);
    expect((await totals(world, 'imp-same')).delivered).toBe(300);
  });

  it('accepts held_out events for the holdout only', async () => {
    const rows = [
      'imp-holdout,holdout,C1,held_out,2026-03-02T10:00:00Z,,,,NA',
      'imp-holdout,holdout,C1,conversion,2026-03-03T10:00:00Z,20,,,NA',
      'imp-holdout,holdout,C2,click,2026-03-03T10:00:00Z,,,,NA',
    ];
    const problems: string[] = [];
    const summary = await importEvents(
      streamOf(csv(rows)),
      { name: 'h.csv', onMalformed: (m) => problems.push(m) },
      world.services,
    );
    expect(summary).toMatchObject({ imported: 2, malformed: 1 });
    expect(problems).toEqual(['line 4: type: the holdout gets no message, so it cannot have click events']);
  });

  it('refuses a CSV without the required columns before reading any row', async () => {
    await expect(
      importEvents(streamOf('campaign,arm,when\nx,y,z\n'), { name: 'bad.csv' }, world.services),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      userMessage: expect.stringMatching(/lacks column\(s\) customer, type, timestamp/),
    });
  });

  it('treats an empty file as nothing to do', async () => {
    expect(await importEvents(streamOf(''), { name: 'empty.csv' }, world.services)).toMatchObject({
      lines: 0,
      imported: 0,
      malformed: 0,
    });
    expect(
      await importEvents(streamOf(`${HEADER}\n\n`), { name: 'header-only.csv' }, world.services),
    ).toMatchObject({ lines: 0, imported: 0 });
  });

  it('never stores a customer id or pseudonym', async () => {
    const rows = [
      ...(await world.store.listAll(AGGREGATES_TABLE)),
      ...(await world.store.listAll(IMPORT_BLOCKS_TABLE)),
      ...(await world.store.listAll(EXPERIMENTS_TABLE)),
    ];
    const text = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(10);
    for (const id of ['C0000003', 'C1', 'C2', 'C000003'])
      expect(text).not.toMatch(new RegExp(`[^A-Za-z0-9]${id}[^0-9]`));
    expect(text).not.toContain('cus_');
    expect(text).not.toContain(DEV_PSEUDONYMIZER.customer('C0000003').slice(-20));
  });
});
