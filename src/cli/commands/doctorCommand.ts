import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { AppConfig } from '../../config/schema';
import { configuredDependencies } from '../../operations/configuredDependencies';
import { runDependencyChecks } from '../../operations/dependencyChecks';
import { planListenAddress } from '../../security/listenAddress';
import { userMessageOf } from '../../shared/errors';
import { EXIT, type CliContext } from '../cliContext';

const DEFAULT_PSEUDONYM_KEY = 'local-development-pseudonym-key-change-me';
const LOCAL_STORAGE = 'UseDevelopmentStorage=true';

/** One line of the report: `ok`, `note` (fine, but worth knowing) or `problem` (with the fix). */
interface DoctorLine {
  status: 'ok' | 'note' | 'problem';
  check: string;
  detail: string;
  fix?: string;
}

function configurationLines(config: AppConfig, cwd: string): DoctorLine[] {
  const lines: DoctorLine[] = [{ status: 'ok', check: 'config', detail: 'configuration parsed' }];
  const listen = planListenAddress(config);
  const authenticated = listen.mode === 'authenticated';
  lines.push({
    status: listen.mode === 'anonymous-remote' ? 'note' : 'ok',
    check: 'exposure',
    detail:
      listen.mode === 'authenticated'
        ? 'Bot Framework tokens required (MICROSOFT_APP_ID set)'
        : listen.mode === 'anonymous-loopback'
          ? 'anonymous mode, loopback only (local development)'
          : 'anonymous mode on every interface (CPO_ALLOW_ANONYMOUS_REMOTE=true)',
  });
  if (
    listen.mode !== 'anonymous-loopback' &&
    config.engagement.webhookKey === undefined &&
    config.security.engagementAudience === undefined
  ) {
    lines.push({
      status: 'problem',
      check: 'engagement_webhook',
      detail: 'no key and no Entra ID audience: the bot refuses to start outside anonymous loopback mode',
      fix: 'set CPO_ENGAGEMENT_WEBHOOK_KEY (at least 32 random characters, given to the Event Grid subscription) or CPO_ENGAGEMENT_AAD_AUDIENCE and CPO_ENGAGEMENT_AAD_TENANT_ID',
    });
  }
  if (authenticated && config.privacy.pseudonymKey === DEFAULT_PSEUDONYM_KEY) {
    lines.push({
      status: 'problem',
      check: 'pseudonym_key',
      detail: 'the development pseudonym key is in use',
      fix: 'set CPO_PSEUDONYM_KEY to a secret of at least 32 characters (Key Vault reference in Azure)',
    });
  }
  const files: Array<[string, string, string]> = [
    ['roles_file', config.files.roles, 'CPO_ROLES_FILE'],
    ['policy_file', config.files.policy, 'CPO_POLICY_FILE'],
    ['customers_file', config.files.customers, 'CPO_CUSTOMERS_FILE'],
  ];
  for (const [check, path, variable] of files) {
    lines.push(
      existsSync(resolve(cwd, path))
        ? { status: 'ok', check, detail: path }
        : {
            status: 'problem',
            check,
            detail: `${path} does not exist`,
            fix: `set ${variable} to an existing file`,
          },
    );
  }
  return lines;
}

function render(line: DoctorLine): string {
  const status = line.status.padEnd(7);
  return `${status} ${line.check.padEnd(18)} ${line.detail}${line.fix ? ` — fix: ${line.fix}` : ''}\n`;
}

/**
 * `cpo doctor`: validates the configuration and reaches every configured service, one line per check. Exit 0
 * when everything configured answers (the embedded defaults' local storage may be stopped: that is a note),
 * 1 when something configured is unreachable or misconfigured.
 */
export function registerDoctorCommand(program: Command, context: CliContext): void {
  program
    .command('doctor')
    .description('Check the configuration and reach every configured service (one line per check)')
    .option('--timeout <ms>', 'give up on a service after this long', '5000')
    .action(async (options: { timeout: string }) => {
      let config: AppConfig;
      try {
        config = context.config();
      } catch (error) {
        context.stdout.write(
          render({
            status: 'problem',
            check: 'config',
            detail: userMessageOf(error),
            fix: 'correct the variable named above',
          }),
        );
        context.setExitCode(EXIT.failure);
        return;
      }
      const timeoutMs = Math.max(100, Number(options.timeout) || 5000);
      const lines = configurationLines(config, context.cwd);
      const report = await runDependencyChecks(configuredDependencies(config), timeoutMs);
      for (const check of report.checks) {
        if (check.status === 'ok') {
          lines.push({ status: 'ok', check: check.name, detail: check.detail ?? 'reachable' });
        } else if (check.name === 'tables' && config.tables.connectionString === LOCAL_STORAGE) {
          // The embedded default: local storage that `npm run dev` (or the command needing it) starts.
          lines.push({
            status: 'note',
            check: check.name,
            detail: `local development storage is not running (${check.detail ?? 'unreachable'})`,
            ...(check.fix ? { fix: check.fix } : {}),
          });
        } else {
          lines.push({
            status: 'problem',
            check: check.name,
            detail: check.detail ?? 'unreachable',
            ...(check.fix ? { fix: check.fix } : {}),
          });
        }
      }
      lines.forEach((line) => context.stdout.write(render(line)));
      if (lines.some((line) => line.status === 'problem')) context.setExitCode(EXIT.failure);
    });
}
