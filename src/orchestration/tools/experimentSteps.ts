import { runExperimentTool, summarizeResultsTool } from '../../experiments/experimentTools';
import { AppError, isAppError } from '../../shared/errors';
import { errorText } from '../../text/messages/errorText';
import { translatorFor } from '../../text/messages/messages';
import { defineTool } from '../../tools/defineTool';
import type { TurnScope } from '../turnScope';
import { turnStep } from './turnStep';

function experimentContext(scope: TurnScope) {
  return { ...scope.services.experiments, actor: scope.actor, roles: scope.services.roles };
}

/** `run_experiment`: launch, simulate or size the experiment of a campaign (the one this turn drafted, if any). */
export const runExperimentStep = defineTool('run_experiment', async (input, scope: TurnScope) => {
  const campaign = input.campaign ?? scope.state.campaignId;
  const args = { ...input, ...(campaign === undefined ? {} : { campaign }) };
  const draftedNow = campaign !== undefined && campaign === scope.state.draft?.campaignId;
  let result;
  try {
    result = await turnStep(scope, 'run_experiment', args, () =>
      runExperimentTool.execute(args, experimentContext(scope)),
    );
  } catch (error) {
    // "Draft … and launch": the launch runs, and says plainly why it has to wait for the approvers.
    if (draftedNow && (args.action ?? 'power') === 'launch' && isAppError(error)) {
      throw new AppError(
        error.code,
        translatorFor(scope.language)('errors.launchWaits', {
          campaign,
          reason: errorText(error, scope.language),
        }),
        { cause: error, language: scope.language },
      );
    }
    throw error;
  }
  scope.state.campaignId = result.campaignId;
  switch (result.action) {
    case 'launch':
      scope.emit({
        kind: 'experiment_power',
        power: result.power,
        launched: {
          experimentKey: result.definition.experimentKey,
          launchedAt: result.definition.launchedAt,
        },
      });
      return;
    case 'power':
      scope.emit({ kind: 'experiment_power', power: result.power });
      return;
    case 'simulate':
      scope.emit({
        kind: 'experiment_results',
        results: result.results,
        simulated: {
          days: result.simulation.days,
          lift: result.simulation.trueLift,
          ...(result.simulation.compressed === true ? { compressed: true } : {}),
        },
      });
  }
});

/** `summarize_results`: lift, intervals and a recommendation for a launched campaign. */
export const summarizeResultsStep = defineTool('summarize_results', async (input, scope: TurnScope) => {
  const campaign = input.campaign ?? scope.state.campaignId;
  const args = campaign === undefined ? input : { ...input, campaign };
  const summary = await turnStep(scope, 'summarize_results', args, () =>
    summarizeResultsTool.execute(args, experimentContext(scope)),
  );
  scope.state.campaignId = summary.campaignId;
  scope.emit({ kind: 'experiment_results', results: summary.results });
});
