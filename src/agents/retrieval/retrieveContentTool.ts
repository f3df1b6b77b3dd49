import { defineAgentTool } from '../../tools/agentTool';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import type { RetrievalContext } from './retrievalContext';
import { retrieveContent, type RetrievalResult } from './retrieveContent';
import { retrieveContentInput } from '../../tools/inputs/retrieveContentInput';

/** The Retrieval agent as a tool: `retrieve_content`. */
export const retrieveContentTool = defineAgentTool({
  name: 'retrieve_content',
  description: TOOL_CATALOG.retrieve_content.description,
  inputSchema: retrieveContentInput,
  execute: async (input, context: RetrievalContext): Promise<RetrievalResult> => {
    return retrieveContent(input, context.contentIndex, context.today);
  },
});
