import type { ExperimentDefinition } from '../definition/experimentDefinition';
import type { ExperimentServices } from '../definition/experimentServices';
import { buildExperimentResults } from './buildExperimentResults';
import type { ExperimentResults } from '../../domain/experimentResults';
import { findExperiment } from './findExperiment';

export interface ResultsWithDefinition {
  definition: ExperimentDefinition;
  results: ExperimentResults;
}

/** Finds the experiment (see findExperiment), loads its aggregates and builds the results model. */
export async function summarizeResults(
  campaign: string | undefined,
  services: ExperimentServices,
): Promise<ResultsWithDefinition> {
  return summarizeDefinition(await findExperiment(services.definitions, campaign), services);
}

/** The results model of this experiment. */
export async function summarizeDefinition(
  definition: ExperimentDefinition,
  services: ExperimentServices,
): Promise<ResultsWithDefinition> {
  const stored = await services.aggregates.load(definition.campaignId);
  return {
    definition,
    results: buildExperimentResults(definition, stored, services.clock(), services.settings),
  };
}
