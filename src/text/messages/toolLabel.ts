import { TOOL_NAMES, type ToolName } from '../../tools/toolCatalog';
import { translatorFor, type ReplyLanguage } from './messages';

export const isToolName = (tool: string): tool is ToolName =>
  (TOOL_NAMES as readonly string[]).includes(tool);

/** What a step is called in the user's language ("Drafting variants"), or undefined for an unknown tool. */
export function toolLabel(tool: string, language: ReplyLanguage = 'en'): string | undefined {
  return isToolName(tool) ? translatorFor(language)(`tools.${tool}`) : undefined;
}
