import { defineTool } from '../../tools/tool';
import { invalidInput } from '../../shared/errors';
import { formatZodError } from '../../shared/zodMessage';
import { TOOL_CATALOG } from '../../tools/toolCatalog';
import { segmentCustomers, type SegmentationResult } from './segmentCustomers';
import type { SegmentationContext } from './segmentationContext';
import { segmentCustomersInput } from './segmentCustomersInput';

/** The Segmentation agent as a tool: `segment_customers`. */
export const segmentCustomersTool = defineTool({
  name: 'segment_customers',
  description: TOOL_CATALOG.segment_customers.description,
  inputSchema: segmentCustomersInput,
  execute: async (input, context: SegmentationContext): Promise<SegmentationResult> => {
    const parsed = segmentCustomersInput.safeParse(input);
    if (!parsed.success)
      throw invalidInput(`Invalid segment_customers input: ${formatZodError(parsed.error)}`);
    return segmentCustomers(parsed.data, context.customers);
  },
});
