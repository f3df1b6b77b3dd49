import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { resolveModelSettings } from '../../config/modelSettings';
import type { Plan, Planner, PlanningContext, PlanStep } from '../../ports/Planner';
import { invalidInput } from '../../shared/errors';
import type { CliContext } from '../cliContext';

interface PlanOptions {
  json?: boolean;
  jsonl?: string;
  campaign?: string;
}

/** Longest JSONL line planned; longer lines get an error line (a chat message is never this long). */
const MAX_LINE_CHARS = 1_000_000;

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolveDrain) => stream.once('drain', () => resolveDrain()));
  }
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type LineResult =
  { id: string | number | null; steps: unknown } | { id: string | number | null; error: string };

/** One JSONL line `{"id","text"}` (optionally `"currentCampaign"`) → `{"id","steps"}` or `{"id","error"}`. */
/** Plans one request: synchronously offline, through the configured model otherwise. */
type PlanFn = (text: string, context: PlanningContext) => Plan | Promise<Plan>;

export async function planJsonLine(
  line: string,
  lineNumber: number,
  planner: PlanFn,
  context: PlanningContext,
): Promise<LineResult> {
  const where = `line ${lineNumber}`;
  if (line.trim() === '') return { id: null, error: `${where}: blank line; expected {"id": …, "text": "…"}` };
  if (line.length > MAX_LINE_CHARS)
    return { id: null, error: `${where}: longer than ${MAX_LINE_CHARS} characters` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: `${where}: not valid JSON; expected {"id": …, "text": "…"}` };
  }
  if (!isRecord(parsed))
    return { id: null, error: `${where}: expected a JSON object {"id": …, "text": "…"}` };
  const rawId = parsed.id;
  const id =
    typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  if (id === null) {
    return { id: null, error: `${where}: id must be a string or a number` };
  }
  if (typeof parsed.text !== 'string') {
    return { id, error: `${where}: text must be a string` };
  }
  const lineCampaign = typeof parsed.currentCampaign === 'string' ? parsed.currentCampaign : undefined;
  const lineContext = lineCampaign === undefined ? context : { ...context, currentCampaign: lineCampaign };
  return { id, steps: (await planner(parsed.text, lineContext)).steps };
}

async function openSource(source: string, context: CliContext): Promise<Readable> {
  if (source === '-') return context.stdin;
  try {
    const handle = await open(resolve(context.cwd, source), 'r');
    return handle.createReadStream({ encoding: 'utf8' });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'cannot be read';
    throw invalidInput(`--jsonl ${source}: ${reason}`);
  }
}

/** Streams the JSONL input: one output line per input line, in order; bad lines get an error line. */
async function planLines(source: string, planner: PlanFn, context: CliContext, planning: PlanningContext) {
  const input = await openSource(source, context);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const result = await planJsonLine(line, lineNumber, planner, planning);
    if ('error' in result) failed += 1;
    await write(context.stdout, `${JSON.stringify(result)}\n`);
  }
  if (failed > 0) context.stderr.write(`cpo plan: ${failed} of ${lineNumber} lines could not be planned\n`);
}

/**
 * `cpo plan "<utterance>" [--json]` prints `{"steps":[{"tool","args"}]}`; `cpo plan --jsonl <file|->`
 * plans one `{"id","text"}` per line and prints one `{"id","steps"}` (or `{"id","error"}`) per line.
 * Never fails on what the user typed: empty, gibberish or out-of-scope requests plan a `help` step.
 * Exit code 0 when the input was processed (even with error lines, which are reported on their own
 * line and counted on stderr); 2 for unusable arguments (missing file, utterance and --jsonl together).
 */
export function registerPlanCommand(program: Command, context: CliContext): void {
  program
    .command('plan')
    .description(
      'Plan the tool calls for a marketer request with the configured planner (CPO_LLM; JSON on stdout).',
    )
    .argument(
      '[utterance...]',
      'the request, e.g. "draft 3 emails for lapsed customers"; "-" reads it from stdin',
    )
    .option('--json', 'print the plan as JSON (the only output format)')
    .option(
      '--jsonl <file>',
      'plan each {"id","text"} line of <file> ("-" for stdin); prints {"id","steps"} lines',
    )
    .option('--campaign <id>', 'the campaign of the conversation, for requests like "how is it doing?"')
    .allowUnknownOption(true)
    .allowExcessArguments(true)
    .action(async (words: string[], options: PlanOptions) => {
      const planner = await plannerFor(context);
      const planning: PlanningContext =
        options.campaign === undefined ? {} : { currentCampaign: options.campaign };
      if (options.jsonl !== undefined) {
        if (words.length > 0) throw invalidInput('give either an utterance or --jsonl, not both');
        await planLines(options.jsonl, planner, context, planning);
        return;
      }
      const utterance =
        words.length === 1 && words[0] === '-' ? await readAll(context.stdin) : words.join(' ');
      const plan = await planner(utterance, planning);
      await write(context.stdout, `${JSON.stringify({ steps: plan.steps })}\n`);
    });
}

/**
 * The planner `CPO_LLM` selects. Offline it is the intent planner, synchronous and needing no service;
 * with a model, the model plans and the offline planner answers whenever the model cannot. The model's
 * arguments are repaired where their meaning is clear ("3" → 3), so the output is in canonical form.
 */
async function plannerFor(context: CliContext): Promise<PlanFn> {
  // Loaded on use: the intent model and the model adapters are large, and other commands should not pay for them.
  const { IntentPlanner } = await import('../../adapters/planner/intent/intentPlanner');
  const offline = new IntentPlanner({
    onError: (error) =>
      context.stderr.write(
        `cpo plan: planner error (${error instanceof Error ? error.message : 'unknown'})\n`,
      ),
  });
  const config = context.config();
  if (resolveModelSettings(config).planner === 'offline')
    return (text, planning) => offline.planSync(text, planning);
  const { createToolRegistry } = await import('../../orchestration/tools/createToolRegistry');
  const { createModelAdapters } = await import('../../app/createModelAdapters');
  const registry = createToolRegistry();
  const { planner }: { planner: Planner } = await createModelAdapters(
    config,
    context.logger(),
    registry.chatFunctions(),
    context.cwd,
  );
  return async (text, planning) => {
    const plan = await planner.plan(text, planning);
    const steps = plan.steps.map((step): PlanStep => {
      const checked = registry.validate(step.tool, step.args);
      return checked.ok ? { tool: step.tool, args: checked.args } : step;
    });
    return { ...plan, steps };
  };
}
