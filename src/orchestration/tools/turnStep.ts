import type { ToolName } from '../../tools/toolCatalog';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import { auditedToolCall } from '../auditedToolCall';
import type { TurnScope } from '../turnScope';

/**
 * One audited tool call of a turn: in the chain of the campaign being drafted when there is one, else
 * recorded for the turn alone.
 */
export function turnStep<T>(
  scope: TurnScope,
  tool: ToolName,
  args: object,
  run: () => Promise<T>,
): Promise<T> {
  const campaignId = scope.state.draft?.campaignId ?? scope.state.chainCampaignId;
  return auditedToolCall(
    {
      tool,
      label: TOOL_CATALOG[tool].label,
      args,
      actor: scope.actor.id,
      ...(campaignId === undefined ? {} : { campaignId }),
    },
    { audit: scope.services.audit, onProgress: scope.onProgress },
    run,
  );
}

/** True when a later step of this turn's plan is `tool` (then this step's result is an intermediate). */
export function consumedLater(scope: TurnScope, tool: ToolName): boolean {
  return scope.upcoming.includes(tool);
}
