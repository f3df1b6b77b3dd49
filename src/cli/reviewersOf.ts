import { existsSync } from 'node:fs';
import type { ExperimentServices } from '../experiments/definition/experimentServices';
import type { ReviewersOf } from '../experiments/reporting/exactCampaign';
import type { AppConfig } from '../config/schema';
import { loadApprovalPolicy, marketRule } from '../governance/approvalPolicy';
import { RoleDirectory } from '../governance/roleDirectory';

/**
 * Who may approve a campaign's variants, by name: the approvers of its market (roles file and approval
 * policy), never its author. Names come from the people directory; unknown people are shown by id.
 */
export function reviewersFromConfig(config: AppConfig, services: ExperimentServices): ReviewersOf {
  return async (campaign) => {
    if (!existsSync(config.files.roles)) return [];
    const roles = new RoleDirectory(config.files.roles);
    const region = campaign.segment.criteria.region;
    const rule = marketRule(
      loadApprovalPolicy(config.files.policy),
      typeof region === 'string' ? region : undefined,
    );
    const ids = roles
      .membersOf('approver')
      .filter((id) => id !== campaign.author.id && (!rule.approvers || rule.approvers.has(id)));
    const names = await services.people.namesOf(ids);
    return ids.map((id) => names.get(id) ?? id);
  };
}
