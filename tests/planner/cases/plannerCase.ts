/** One utterance and the plan it must produce: the tool sequence and the arguments the user stated. */
export interface PlannerCase {
  readonly text: string;
  readonly tools: readonly string[];
  /** Arguments each tool must carry (a subset: other arguments are free). */
  readonly args?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Arguments each tool must NOT carry (e.g. no `variants` when none was stated). */
  readonly absent?: Readonly<Record<string, readonly string[]>>;
  readonly context?: { readonly currentCampaign?: string };
}

export const DRAFT_TOOLS = ['segment_customers', 'retrieve_content', 'generate_variants', 'screen_content'];

interface DraftExpectation {
  variants?: number;
  channel?: 'email' | 'sms' | 'push';
  inactiveDays?: number;
  activeWithinDays?: number;
  cohort?: string;
  query?: string;
}

export function draft(text: string, expected: DraftExpectation = {}): PlannerCase {
  const segment: Record<string, unknown> = {};
  if (expected.inactiveDays !== undefined) segment.inactiveDays = expected.inactiveDays;
  if (expected.activeWithinDays !== undefined) segment.activeWithinDays = expected.activeWithinDays;
  if (expected.cohort !== undefined) segment.cohort = expected.cohort;
  const generate: Record<string, unknown> = {};
  if (expected.variants !== undefined) generate.variants = expected.variants;
  if (expected.channel !== undefined) generate.channel = expected.channel;
  const retrieve: Record<string, unknown> = {};
  if (expected.query !== undefined) retrieve.query = expected.query;
  return {
    text,
    tools: DRAFT_TOOLS,
    args: { segment_customers: segment, retrieve_content: retrieve, generate_variants: generate },
    absent: {
      generate_variants: [
        ...(expected.variants === undefined ? ['variants'] : []),
        ...(expected.channel === undefined ? ['channel'] : []),
      ],
      segment_customers: expected.inactiveDays === undefined ? ['inactiveDays'] : [],
    },
  };
}

export function segment(text: string, expected: Record<string, unknown> = {}): PlannerCase {
  return { text, tools: ['segment_customers'], args: { segment_customers: expected } };
}

export function retrieve(text: string, query?: string): PlannerCase {
  return {
    text,
    tools: ['retrieve_content'],
    args: { retrieve_content: query === undefined ? {} : { query } },
  };
}

export function screen(text: string, screened?: string): PlannerCase {
  return {
    text,
    tools: ['screen_content'],
    args: { screen_content: screened === undefined ? {} : { text: screened } },
    ...(screened === undefined ? { absent: { screen_content: ['text'] } } : {}),
  };
}

export function experiment(
  text: string,
  expected: {
    action: 'launch' | 'simulate' | 'power';
    campaign?: string;
    days?: number;
    lift?: number;
    holdout?: boolean;
  },
  context?: { currentCampaign?: string },
): PlannerCase {
  return {
    text,
    tools: ['run_experiment'],
    args: { run_experiment: expected },
    ...(expected.campaign === undefined ? { absent: { run_experiment: ['campaign'] } } : {}),
    ...(context === undefined ? {} : { context }),
  };
}

export function summarize(
  text: string,
  campaign?: string,
  context?: { currentCampaign?: string },
): PlannerCase {
  return {
    text,
    tools: ['summarize_results'],
    args: { summarize_results: campaign === undefined ? {} : { campaign } },
    ...(campaign === undefined ? { absent: { summarize_results: ['campaign'] } } : {}),
    ...(context === undefined ? {} : { context }),
  };
}

export function help(text: string): PlannerCase {
  return { text, tools: ['help'] };
}
