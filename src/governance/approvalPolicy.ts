import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configError } from '../shared/errors';
import { formatZodError } from '../shared/zodMessage';

const idList = z.array(z.union([z.string().min(1), z.number()]).transform(String));

/** The `approval` section of the policy file; other sections (safety) are ignored here. */
const approvalSectionSchema = z
  .object({
    quorum: z.number().int().min(1).max(10).default(1),
    /** Per market (segment region, e.g. EMEA): stricter quorum and/or a restricted approver list. */
    markets: z
      .record(
        z.string().min(1),
        z.object({ quorum: z.number().int().min(1).max(10).optional(), approvers: idList.optional() }),
      )
      .default({}),
  })
  .default({});

export type ApprovalPolicy = z.infer<typeof approvalSectionSchema>;

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = { quorum: 1, markets: {} };

export interface MarketRule {
  quorum: number;
  /** Undefined: any approver from the roles file. */
  approvers: ReadonlySet<string> | undefined;
}

/** The rule for a campaign's market (its segment region); markets match case-insensitively. */
export function marketRule(policy: ApprovalPolicy, market: string | undefined): MarketRule {
  const entry = Object.entries(policy.markets).find(
    ([name]) => market !== undefined && name.toLowerCase() === market.toLowerCase(),
  )?.[1];
  return {
    quorum: entry?.quorum ?? policy.quorum,
    approvers: entry?.approvers ? new Set(entry.approvers) : undefined,
  };
}

export function loadApprovalPolicy(file: string): ApprovalPolicy {
  if (!existsSync(file)) return DEFAULT_APPROVAL_POLICY;
  let document: unknown;
  try {
    document = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw configError(
      `${file}: not valid YAML or JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const section = (document as { approval?: unknown } | null)?.approval;
  const parsed = approvalSectionSchema.safeParse(section);
  if (!parsed.success) throw configError(`${file}: approval.${formatZodError(parsed.error)}`);
  return parsed.data;
}
