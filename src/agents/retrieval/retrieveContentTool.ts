import { defineTool } from '../../tools/tool';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import { invalidInput } from '../../shared/errors';
import { formatZodError } from '../../shared/zodMessage';
import type { RetrievalContext } from './retrievalContext';
import { retrieveContent, type RetrievalResult } from './retrieveContent';
import { retrieveContentInput } from './retrieveContentInput';

/** The Retrieval agent as a tool: `retrieve_content`. */
export const retrieveContentTool = defineTool({
  name: 'retrieve_content',
  description: TOOL_CATALOG.retrieve_content.description,
  inputSchema: retrieveContentInput,
  execute: async (input, context: RetrievalContext): Promise<RetrievalResult> => {
    const parsed = retrieveContentInput.safeParse(input);
    if (!parsed.success)
      throw invalidInput(`Invalid retrieve_content input: ${formatZodError(parsed.error)}`);
    return retrieveContent(parsed.data, context.contentIndex, context.today);
  },
});
