import type { AuditLog } from '../audit/auditLog';
import type { ToolName } from '../tools/toolCatalog';
import type { ProgressListener } from './turnOutcome';

export interface ToolCallRecord {
  tool: ToolName;
  /** Progress label of the tool, from the registry. */
  label: string;
  args: object;
  actor: string;
  campaignId?: string;
}

/** Runs one tool call with progress events and, once it succeeded, an audit record (tool name and arguments). */
export async function auditedToolCall<T>(
  call: ToolCallRecord,
  deps: { audit: AuditLog; onProgress?: ProgressListener | undefined },
  run: () => Promise<T>,
): Promise<T> {
  deps.onProgress?.({ step: call.tool, label: call.label, state: 'running' });
  try {
    const result = await run();
    deps.onProgress?.({ step: call.tool, label: call.label, state: 'done' });
    await deps.audit.append({
      action: 'tool_call',
      actor: call.actor,
      ...(call.campaignId === undefined ? {} : { campaignId: call.campaignId }),
      details: { tool: call.tool, args: call.args },
    });
    return result;
  } catch (error) {
    deps.onProgress?.({ step: call.tool, label: call.label, state: 'failed' });
    throw error;
  }
}
