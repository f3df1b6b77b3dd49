import { ToolRegistry } from '../../tools/toolRegistry';
import type { TurnScope } from '../turnScope';
import { helpStep, listCampaignsStep, reviewQueueStep } from './campaignViewSteps';
import { runExperimentStep, summarizeResultsStep } from './experimentSteps';
import { generateVariantsStep } from './generateVariantsStep';
import { retrieveContentStep } from './retrieveContentStep';
import { screenContentStep } from './screenContentStep';
import { segmentCustomersStep } from './segmentCustomersStep';

/** Every tool of a turn, in the order the planner lists them; built once by the composition root. */
export function createToolRegistry(): ToolRegistry<TurnScope> {
  return new ToolRegistry<TurnScope>([
    segmentCustomersStep,
    retrieveContentStep,
    generateVariantsStep,
    screenContentStep,
    runExperimentStep,
    summarizeResultsStep,
    reviewQueueStep,
    listCampaignsStep,
    helpStep,
  ]);
}
