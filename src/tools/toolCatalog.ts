import type { z } from 'zod';
import { segmentCustomersInput } from './inputs/segmentCustomersInput';
import { retrieveContentInput } from './inputs/retrieveContentInput';
import { generateVariantsInput } from './inputs/generateVariantsInput';
import { screenContentInput } from './inputs/screenContentInput';
import { runExperimentInput, summarizeResultsInput } from './inputs/experimentInputs';
import { helpInput } from './inputs/helpInput';
import { listCampaignsInput, reviewQueueInput } from './inputs/campaignViewsInput';

/** What every part of the system knows of a tool: description, input schema and progress label. */
export interface ToolContract {
  /** Shown while the tool runs, e.g. on the progress card ("Finding the audience"). */
  readonly label: string;
  readonly description: string;
  readonly inputSchema: z.AnyZodObject;
}

/**
 * The planner-facing contract of every tool: name, description and input schema.
 * Planners validate their steps against these schemas; the LLM planner's function list is generated from them.
 */
export const TOOL_CATALOG = {
  segment_customers: {
    label: 'Finding the audience',
    description:
      'Group customers into cohorts (RFM, behaviour or attributes) and explain each cohort, e.g. customers inactive for 90 days.',
    inputSchema: segmentCustomersInput,
  },
  retrieve_content: {
    label: 'Retrieving approved content',
    description: 'Find approved brand content and offers relevant to a query, with citations.',
    inputSchema: retrieveContentInput,
  },
  generate_variants: {
    label: 'Drafting variants',
    description: 'Draft message variants for the segment, grounded only in the retrieved approved content.',
    inputSchema: generateVariantsInput,
  },
  screen_content: {
    label: 'Screening for safety and grounding',
    description:
      'Screen drafted variants or a text for harm, PII, prompt injection, blocklisted terms and ungrounded claims.',
    inputSchema: screenContentInput,
  },
  run_experiment: {
    label: 'Running the experiment step',
    description:
      'Launch an A/B/n experiment for an approved campaign, simulate engagement or estimate power.',
    inputSchema: runExperimentInput,
  },
  summarize_results: {
    label: 'Summarizing results',
    description:
      'Summarize experiment results: lift, confidence intervals, significance and a recommendation.',
    inputSchema: summarizeResultsInput,
  },
  review_queue: {
    label: 'Reading the review queue',
    description:
      'Show the approver the variants waiting for their decision, grouped by campaign ("show me pending approvals").',
    inputSchema: reviewQueueInput,
  },
  list_campaigns: {
    label: 'Listing campaigns',
    description:
      'List campaigns with their state (drafted, in review, approved, running, decided), author and next action.',
    inputSchema: listCampaignsInput,
  },
  help: {
    label: 'Explaining what I can do',
    description: 'Explain what the assistant can do. Used for greetings, unclear or out-of-scope requests.',
    inputSchema: helpInput,
  },
} as const satisfies Record<string, ToolContract>;

export type ToolName = keyof typeof TOOL_CATALOG;
export const TOOL_NAMES = Object.keys(TOOL_CATALOG) as ToolName[];

export type ToolArgs<Name extends ToolName> = z.infer<(typeof TOOL_CATALOG)[Name]['inputSchema']>;
