import { defineAgentTool } from '../../tools/agentTool';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import { segmentCustomers, type SegmentationResult } from './segmentCustomers';
import type { SegmentationContext } from './segmentationContext';
import { segmentCustomersInput } from '../../tools/inputs/segmentCustomersInput';

/** The Segmentation agent as a tool: `segment_customers`. */
export const segmentCustomersTool = defineAgentTool({
  name: 'segment_customers',
  description: TOOL_CATALOG.segment_customers.description,
  inputSchema: segmentCustomersInput,
  execute: async (input, context: SegmentationContext): Promise<SegmentationResult> => {
    return segmentCustomers(input, context.customers);
  },
});
