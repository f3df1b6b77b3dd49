import type { Person } from '../domain/campaign';
import type { RoleDirectory } from '../governance/roleDirectory';
import { forbidden, invalidInput } from '../shared/errors';
import { defineAgentTool } from '../tools/agentTool';
import { TOOL_CATALOG } from '../tools/toolCatalog';
import { runExperimentInput, summarizeResultsInput } from '../tools/inputs/experimentInputs';
import type { ExperimentDefinition } from './definition/experimentDefinition';
import type { ExperimentServices } from './definition/experimentServices';
import { estimatePower, launchExperiment } from './definition/launchExperiment';
import type { PowerSummary } from './definition/powerSummary';
import type { ExperimentResults } from '../domain/experimentResults';
import { summarizeResults } from './reporting/summarizeResults';
import { runSimulation, type SimulationSummary } from './simulation/runSimulation';

/** Days simulated when a chat request names none. */
const DEFAULT_SIMULATED_DAYS = 7;

/**
 * What the experimentation tools need from their caller: the experiment services (repositories, audit,
 * pseudonymizer, clock, settings), who is asking and, optionally, the role directory — with it, launching
 * and simulating (which write) are reserved to marketers; results and power estimates are open to all.
 */
export interface ExperimentToolContext extends ExperimentServices {
  actor: Person;
  roles?: Pick<RoleDirectory, 'has'>;
}

export type RunExperimentResult =
  | { action: 'launch'; campaignId: string; definition: ExperimentDefinition; power: PowerSummary }
  | { action: 'power'; campaignId: string; power: PowerSummary }
  | { action: 'simulate'; campaignId: string; simulation: SimulationSummary; results: ExperimentResults };

export interface SummarizeResultsResult {
  campaignId: string;
  definition: ExperimentDefinition;
  results: ExperimentResults;
}

function requireMarketer(context: ExperimentToolContext, verb: string): void {
  if (context.roles && !context.roles.has(context.actor.id, 'marketer')) {
    throw forbidden(`Only marketers can ${verb} experiments. Ask an admin to add you to the marketers list.`);
  }
}

/**
 * `run_experiment`: launch (power summary + definition), simulate (synthetic engagement with a known lift,
 * then the results), or power (the pre-launch check alone, the default: it changes nothing).
 */
export const runExperimentTool = defineAgentTool({
  name: 'run_experiment',
  description: TOOL_CATALOG.run_experiment.description,
  inputSchema: runExperimentInput,
  execute: async (input, context: ExperimentToolContext): Promise<RunExperimentResult> => {
    const { campaign, action = 'power', holdout = false, days, lift, baseline } = input;
    if (campaign === undefined)
      throw invalidInput('Which campaign? Name it, e.g. "launch campaign spring-winback".');
    switch (action) {
      case 'launch': {
        requireMarketer(context, 'launch');
        const outcome = await launchExperiment(
          {
            campaignId: campaign,
            holdout,
            actor: context.actor,
            ...(baseline === undefined ? {} : { baselineRate: baseline }),
          },
          context,
        );
        return {
          action,
          campaignId: outcome.definition.campaignId,
          definition: outcome.definition,
          power: outcome.power,
        };
      }
      case 'power': {
        const power = await estimatePower(
          {
            campaignId: campaign,
            holdout,
            ...(baseline === undefined ? {} : { baselineRate: baseline }),
            ...(lift === undefined ? {} : { lift }),
          },
          context,
        );
        return { action, campaignId: power.campaignId, power };
      }
      case 'simulate': {
        requireMarketer(context, 'simulate');
        const simulation = await runSimulation(
          {
            campaignId: campaign,
            days: days ?? DEFAULT_SIMULATED_DAYS,
            lift: lift ?? context.settings.targetLift,
            ...(baseline === undefined ? {} : { baseline }),
          },
          context,
        );
        const { results } = await summarizeResults(simulation.campaign, context);
        return { action, campaignId: simulation.campaign, simulation, results };
      }
    }
  },
});

/** `summarize_results`: the results model of the named (or best-matching, or latest) experiment. */
export const summarizeResultsTool = defineAgentTool({
  name: 'summarize_results',
  description: TOOL_CATALOG.summarize_results.description,
  inputSchema: summarizeResultsInput,
  execute: async (input, context: ExperimentToolContext): Promise<SummarizeResultsResult> => {
    const { definition, results } = await summarizeResults(input.campaign, context);
    return { campaignId: definition.campaignId, definition, results };
  },
});
