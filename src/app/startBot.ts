import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import {
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConversationReference,
} from 'botbuilder';
import { cardActivity } from '../bot/replyRenderer';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AppConfig } from '../config/schema';
import { PlanExecutor } from '../orchestration/planExecutor';
import { newCampaignId } from '../orchestration/campaignId';
import type { TurnScope } from '../orchestration/turnScope';
import type { ToolRegistry } from '../tools/toolRegistry';
import type { AgentSuite } from '../orchestration/agentSuite';
import type { Planner } from '../ports/Planner';
import type { TableStore } from '../ports/TableStore';
import type { AzureTableStore } from '../adapters/tables/azureTableStore';
import type { Logger } from '../shared/logger';
import { createServices } from './createServices';
import { createBotServer } from '../bot/botServer';
import { createTeamsApplication } from '../bot/teamsApplication';
import { configuredDependencies } from '../operations/configuredDependencies';
import { runDependencyChecks } from '../operations/dependencyChecks';
import { botAuthenticationOptions } from '../security/botAuthentication';
import { planListenAddress } from '../security/listenAddress';
import { TurnRateLimiter } from '../security/turnRateLimiter';
import { engagementAuthFor } from '../security/engagementAuth';
import { observeAgentCall } from '../telemetry/agentMetrics';
import { traceMethods } from '../telemetry/traceMethods';

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
  // Issue 15: agent and planner calls in spans (tool latency, tokens and verdicts as metrics).
  const { store, registry } = components;
  const agents = traceMethods(components.agents, 'agent', observeAgentCall);
  const planner = traceMethods(components.planner, 'planner');
  // Issue 15: decide exposure before touching anything, so a misconfiguration fails at once.
  const listen = planListenAddress(config);
  const engagementAuth = engagementAuthFor(config, listen.mode);
  listen.warnings.forEach((warning) => logger.warn({ mode: listen.mode }, warning));
  const services = createServices(config, store, logger);
  await services.init();
  const { audit, campaigns, conversations, roles, policy, approvals, experiments, deliveries } = services;
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

  // Issue 15: JWT validation settings (OpenID metadata and issuer overridable by configuration).
  const authentication = botAuthenticationOptions(config);
  const credentialFactory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
    MicrosoftAppType: config.bot.appType,
  });
  const adapter = new TeamsAdapter(authentication, credentialFactory);
  // The same validation, run first by the server so that every bad token is a 401 (botbuilder answers some,
  // such as a bad signature, with 500).
  const gate = new ConfigurationBotFrameworkAuthentication(authentication, credentialFactory);
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
  // Built once: the checks keep their credential (and its token cache) between probes.
  const readinessChecks = configuredDependencies(
    config,
    'probe' in store ? { tables: store as AzureTableStore } : {},
  );
  const server = createBotServer({
    adapter,
    app,
    logger,
    engagement: {
      definitions: experiments.definitions,
      aggregates: experiments.aggregates,
      routes: experiments.routes,
      ...engagementAuth,
      deliveries,
      onError: (error) => logger.error({ err: error }, 'engagement webhook failed'),
    },
    // Issue 15: readiness, exposure, limits.
    readiness: () => runDependencyChecks(readinessChecks, config.operations.readinessTimeoutMs),
    exposure: listen.mode,
    ...(config.bot.appId === undefined
      ? {}
      : {
          authenticate: async (activity, authorization) => {
            await gate.authenticateRequest(activity, authorization);
          },
        }),
    limits: { maxBodyBytes: config.security.maxBodyBytes, turnTimeoutMs: config.security.turnTimeoutMs },
    rateLimiter: new TurnRateLimiter(config.security),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, listen.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, host: listen.host, mode: listen.mode }, 'bot listening on /api/messages');
  return {
    server,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
