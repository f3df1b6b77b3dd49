import type { ChatFunction } from '../ports/ChatModel';
import { formatZodError } from '../shared/zodMessage';
import { chatFunctionsOf } from './chatFunctions';
import type { Tool } from './defineTool';
import { repairArguments } from './repairArguments';
import { TOOL_NAMES } from './toolCatalog';

/** What is wrong with one step's arguments, in words a user can act on. */
export interface ArgumentProblem {
  readonly field: string | undefined;
  readonly message: string;
}

export type StepValidation =
  | { readonly ok: true; readonly args: Record<string, unknown> }
  | { readonly ok: false; readonly problems: readonly ArgumentProblem[] };

/**
 * Every tool of the product, built once by the composition root. The planner's function list, argument
 * validation, progress labels and help text all come from here, so a tool is spelled in one place.
 */
export class ToolRegistry<Context> {
  private readonly byName: ReadonlyMap<string, Tool<Context>>;

  constructor(readonly tools: ReadonlyArray<Tool<Context>>) {
    this.byName = new Map(tools.map((tool) => [tool.name, tool]));
    const missing = TOOL_NAMES.filter((name) => !this.byName.has(name));
    if (missing.length > 0 || this.byName.size !== tools.length) {
      throw new Error(
        `tool registry: every catalog tool exactly once (missing: ${missing.join(', ') || 'none'})`,
      );
    }
  }

  get(name: string): Tool<Context> | undefined {
    return this.byName.get(name);
  }

  get names(): string[] {
    return this.tools.map((tool) => tool.name);
  }

  labelOf(name: string): string {
    return this.byName.get(name)?.label ?? name;
  }

  /** The function list a chat model plans with. */
  chatFunctions(): ChatFunction[] {
    return chatFunctionsOf(this.tools);
  }

  /**
   * Validates one step against its tool's schema after clear-meaning repairs ("E-mail" → "email", "3" → 3).
   * Nothing is dropped: an invalid or unknown argument is a problem to report, not a value to forget.
   */
  validate(toolName: string, rawArgs: unknown): StepValidation {
    const tool = this.byName.get(toolName);
    if (tool === undefined)
      return { ok: false, problems: [{ field: undefined, message: `there is no tool "${toolName}"` }] };
    const parsed = tool.inputSchema.safeParse(repairArguments(rawArgs, tool.inputSchema));
    if (parsed.success) return { ok: true, args: parsed.data as Record<string, unknown> };
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        field: issue.path.length > 0 ? issue.path.map(String).join('.') : undefined,
        message:
          issue.code === 'unrecognized_keys'
            ? `${tool.name} has no argument ${issue.keys.map((key) => `"${key}"`).join(', ')}`
            : issue.code === 'invalid_type' && issue.received === 'undefined'
              ? `${issue.path.map(String).join('.')} is missing`
              : formatZodError({ issues: [issue] } as unknown as Parameters<typeof formatZodError>[0]),
      })),
    };
  }
}
