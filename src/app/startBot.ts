import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { ConfigurationServiceClientCredentialFactory, type ConversationReference } from 'botbuilder';
import { cardActivity } from '../bot/replyRenderer';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { AuditLog } from '../audit/auditLog';
import { ApprovalService } from '../campaigns/approvalService';
import { CampaignRepository } from '../campaigns/campaignRepository';
import { ConversationMemory } from '../campaigns/conversationMemory';
import type { AppConfig } from '../config/schema';
import { RoleDirectory } from '../governance/roleDirectory';
import { loadApprovalPolicy } from '../governance/approvalPolicy';
import { PlanExecutor } from '../orchestration/planExecutor';
import { newCampaignId } from '../orchestration/campaignId';
import type { TurnScope } from '../orchestration/turnScope';
import type { ToolRegistry } from '../tools/toolRegistry';
import {
  createExperimentServices,
  initExperimentServices,
} from '../experiments/definition/experimentServices';
import { Pseudonymizer } from '../privacy/pseudonymizer';
import type { AgentSuite } from '../orchestration/agentSuite';
import type { Planner } from '../ports/Planner';
import type { TableStore } from '../ports/TableStore';
import type { Logger } from '../shared/logger';
import { createBotServer } from '../bot/botServer';
import { createTeamsApplication } from '../bot/teamsApplication';

export interface BotComponents {
  store: TableStore;
  agents: AgentSuite;
  planner: Planner;
  registry: ToolRegistry<TurnScope>;
  budgetPerCampaignUsd: number;
}

export interface RunningBot {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Wires the bot from already-built adapters and starts listening. `config.port` 0 picks a free port. */
export async function startBot(
  config: AppConfig,
  logger: Logger,
  components: BotComponents,
): Promise<RunningBot> {
  const { store, agents, planner, registry } = components;
  const audit = new AuditLog(store);
  const campaigns = new CampaignRepository(store);
  const conversations = new ConversationMemory(store);
  await Promise.all([audit.init(), campaigns.init(), conversations.init()]);
  const roles = new RoleDirectory(config.files.roles, (message) =>
    logger.warn({ message }, 'roles file not reloaded'),
  );
  const policy = loadApprovalPolicy(config.files.policy);
  const approvals = new ApprovalService(campaigns, roles, audit, policy);
  const experiments = createExperimentServices(store, {
    pseudonymizer: new Pseudonymizer(config.privacy.pseudonymKey, config.privacy.pseudonymKeyId),
    campaigns,
    audit,
    settings: { minimumData: config.results },
  });
  await initExperimentServices(experiments);
  const executor = new PlanExecutor(registry, {
    agents,
    campaigns,
    audit,
    roles,
    experiments,
    views: { campaigns, roles, policy, people: experiments.people },
    budgetPerCampaignUsd: components.budgetPerCampaignUsd,
    clock: () => new Date(),
    campaignIdFor: newCampaignId,
  });

  const credentials = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
    MicrosoftAppType: config.bot.appType,
  };
  const adapter = new TeamsAdapter(credentials, new ConfigurationServiceClientCredentialFactory(credentials));
  // Approvers' clients refresh variant cards automatically (Universal Actions).
  const refreshUserIds = (): string[] => roles.membersOf('approver');
  const app = createTeamsApplication(adapter, {
    planner,
    executor,
    registry,
    approvals,
    campaigns,
    conversations,
    roles,
    audit,
    refreshUserIds,
    rescreen: (variant) => agents.rescreen(variant),
    // Issue 12: display names of the people who click, and the campaign list / review queue buttons.
    people: experiments.people,
    lifecycle: {
      views: { campaigns, roles, policy, people: experiments.people },
      experiments,
      refreshUserIds,
    },
    updateInConversation: async (conversationId, activityId, card) => {
      const address = await conversations.address(conversationId);
      if (!address) return;
      await adapter.continueConversationAsync(
        config.bot.appId ?? '',
        address as Partial<ConversationReference>,
        async (context) => {
          await context.updateActivity({ ...cardActivity(card), id: activityId });
        },
      );
    },
    logger,
  });
  const server = createBotServer({
    adapter,
    app,
    logger,
    engagement: {
      definitions: experiments.definitions,
      aggregates: experiments.aggregates,
      routes: experiments.routes,
      ...(config.engagement.webhookKey === undefined ? {} : { sharedSecret: config.engagement.webhookKey }),
      onError: (error) => logger.error({ err: error }, 'engagement webhook failed'),
    },
    healthCheck: async () => {
      try {
        await store.ensureTable('Audit');
        return { tables: 'ok' };
      } catch (error) {
        return { tables: error instanceof Error ? error.message : String(error) };
      }
    },
  });
  await new Promise<void>((resolve) => server.listen(config.port, '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'bot listening on /api/messages');
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
