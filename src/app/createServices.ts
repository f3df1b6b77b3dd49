import { AuditLog } from '../audit/auditLog';
import { ApprovalService } from '../campaigns/approvalService';
import { CampaignRepository } from '../campaigns/campaignRepository';
import { ConversationMemory } from '../campaigns/conversationMemory';
import type { AppConfig } from '../config/schema';
import {
  createExperimentServices,
  initExperimentServices,
} from '../experiments/definition/experimentServices';
import type { ExperimentServices } from '../experiments/definition/experimentServices';
import { DeliveryLedger } from '../experiments/ingestion/deliveryLedger';
import { loadApprovalPolicy, type ApprovalPolicy } from '../governance/approvalPolicy';
import { RoleDirectory } from '../governance/roleDirectory';
import type { TableStore } from '../ports/TableStore';
import { Pseudonymizer } from '../privacy/pseudonymizer';
import type { Logger } from '../shared/logger';

/** The stateful services over the table store, built once for the bot and for each CLI command alike. */
export interface AppServices {
  store: TableStore;
  audit: AuditLog;
  campaigns: CampaignRepository;
  conversations: ConversationMemory;
  roles: RoleDirectory;
  policy: ApprovalPolicy;
  approvals: ApprovalService;
  pseudonymizer: Pseudonymizer;
  experiments: ExperimentServices;
  deliveries: DeliveryLedger;
  /** Creates every table the services use (idempotent). */
  init(): Promise<void>;
}

/** Builds the services from configuration; no I/O until `init()`. */
export function createServices(config: AppConfig, store: TableStore, logger: Logger): AppServices {
  const audit = new AuditLog(store);
  const campaigns = new CampaignRepository(store);
  const conversations = new ConversationMemory(store);
  const roles = new RoleDirectory(config.files.roles, (message) =>
    logger.warn({ message }, 'roles file not reloaded'),
  );
  const policy = loadApprovalPolicy(config.files.policy);
  const pseudonymizer = new Pseudonymizer(config.privacy.pseudonymKey, config.privacy.pseudonymKeyId);
  const experiments = createExperimentServices(store, {
    pseudonymizer,
    campaigns,
    audit,
    settings: { minimumData: config.results },
  });
  const deliveries = new DeliveryLedger(store);
  return {
    store,
    audit,
    campaigns,
    conversations,
    roles,
    policy,
    approvals: new ApprovalService(campaigns, roles, audit, policy),
    pseudonymizer,
    experiments,
    deliveries,
    init: async () => {
      await Promise.all([audit.init(), campaigns.init(), conversations.init(), deliveries.init()]);
      await initExperimentServices(experiments);
    },
  };
}
