import { defineAgentTool } from '../../tools/agentTool';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import type { GenerationContext } from './generationContext';
import { generateVariants, type GenerationOutcome } from './generateVariants';
import { generateVariantsInput } from '../../tools/inputs/generateVariantsInput';

/** The Generation agent as a tool: `generate_variants`. */
export const generateVariantsTool = defineAgentTool({
  name: 'generate_variants',
  description: TOOL_CATALOG.generate_variants.description,
  inputSchema: generateVariantsInput,
  execute: async (input, context: GenerationContext): Promise<GenerationOutcome> => {
    return generateVariants(input, context);
  },
});
