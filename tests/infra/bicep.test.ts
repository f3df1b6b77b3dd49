import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENV_BINDINGS, loadConfig } from '../../src/config/loadConfig';
import { resolveModelSettings } from '../../src/config/modelSettings';
import { codeOnly, identifierUses, objectEntries, outlineBicep, varBody } from './support/bicepOutline';
import {
  MAIN_BICEP,
  REPO_ROOT,
  allBicepFiles,
  appSettingsOf,
  loadBicep,
  readRepoFile,
  repoFileExists,
  type BicepFile,
} from './support/infraFiles';

const files = allBicepFiles();
const main = loadBicep(MAIN_BICEP);
const settings = appSettingsOf(main);

/** Parameter names that carry secrets must be @secure(): no plain-text values in deployment history. */
function looksSecret(name: string): boolean {
  return /password|secret|token|connectionstring|credential/i.test(name) || /key$/i.test(name);
}

/** Problems a reviewer would flag in one Bicep file, found structurally. */
function structuralProblems(file: BicepFile): string[] {
  const { outline } = file;
  const problems = [...outline.problems];
  for (const param of outline.params) {
    if (identifierUses(outline.code, param.name) < 2) problems.push(`param ${param.name} is never used`);
    if (looksSecret(param.name) && !param.secure)
      problems.push(`param ${param.name} looks secret but is not @secure()`);
    if (param.secure && param.defaultValue !== undefined && param.defaultValue !== "''") {
      problems.push(`secure param ${param.name} has a default value`);
    }
    if (param.allowed && param.defaultValue?.startsWith("'")) {
      const value = param.defaultValue.slice(1, -1);
      if (!param.allowed.includes(value))
        problems.push(`param ${param.name} default '${value}' is not allowed`);
    }
  }
  for (const declared of outline.vars) {
    if (identifierUses(outline.code, declared) < 2) problems.push(`var ${declared} is never used`);
  }
  const secureNames = outline.params.filter((param) => param.secure).map((param) => param.name);
  for (const output of outline.outputs) {
    for (const secret of secureNames) {
      if (identifierUses(codeOnly(output.expression).code, secret) > 0) {
        problems.push(`output ${output.name} exposes secure param ${secret}`);
      }
    }
  }
  return problems;
}

describe('Bicep structure (offline checks; the Bicep CLI is not available here)', () => {
  it('finds the main template and every module', () => {
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining([
        'infra/main.bicep',
        'infra/modules/appService.bicep',
        'infra/modules/botService.bicep',
        'infra/modules/contentSafety.bicep',
        'infra/modules/identity.bicep',
        'infra/modules/keyVault.bicep',
        'infra/modules/monitoring.bicep',
        'infra/modules/openAi.bicep',
        'infra/modules/search.bicep',
        'infra/modules/storage.bicep',
      ]),
    );
  });

  it.each(files.map((file) => [file.path, file] as const))(
    '%s: balanced, every param and var used, secrets @secure() and never output',
    (_path, file) => {
      expect(structuralProblems(file)).toEqual([]);
      expect(file.outline.params.length + file.outline.resources.length).toBeGreaterThan(0);
    },
  );

  it.each(files.map((file) => [file.path, file] as const))(
    '%s: syntax that Bicep CLIs older than 0.27 also accept (no one-line objects/arrays, no wrapped ternaries)',
    (_path, file) => {
      const lines = file.outline.code.split('\n');
      const offending = lines
        .map((line, index) => ({ line, number: index + 1 }))
        .filter(
          ({ line }) =>
            /\{[^{}]*[^\s{}][^{}]*\}/.test(line) || // { key: value } on one line
            /\[[^[\]]*,[^[\]]*\]/.test(line) || // [a, b] on one line
            /^\s*[?:]\s/.test(line), // ternary continued on the next line
        );
      expect(offending).toEqual([]);
    },
  );

  it('declares every resource with a dated API version', () => {
    const types = files.flatMap((file) => file.outline.resources.map((resource) => resource.type));
    expect(types.length).toBeGreaterThan(15);
    for (const type of types)
      expect(type).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
  });

  it('passes every module exactly the parameters it declares, and all required ones', () => {
    for (const call of main.outline.modules) {
      const modulePath = join('infra', call.path);
      expect(repoFileExists(modulePath)).toBe(true);
      const module = loadBicep(modulePath);
      const declared = module.outline.params.map((param) => param.name);
      const required = module.outline.params.filter((param) => param.defaultValue === undefined);
      expect({
        module: call.symbol,
        unknown: call.params.filter((name) => !declared.includes(name)),
      }).toEqual({
        module: call.symbol,
        unknown: [],
      });
      expect({
        module: call.symbol,
        missing: required.map((param) => param.name).filter((name) => !call.params.includes(name)),
      }).toEqual({ module: call.symbol, missing: [] });
    }
  });

  it('hands secure values to modules only through @secure() module parameters', () => {
    const secureInMain = main.outline.params.filter((param) => param.secure).map((param) => param.name);
    for (const call of main.outline.modules) {
      const module = loadBicep(join('infra', call.path));
      for (const [name, expression] of Object.entries(call.paramValues)) {
        const carriesSecret = secureInMain.some(
          (secret) => identifierUses(codeOnly(expression).code, secret) > 0,
        );
        if (!carriesSecret) continue;
        const target = module.outline.params.find((param) => param.name === name);
        expect({ module: call.symbol, param: name, secure: target?.secure }).toEqual({
          module: call.symbol,
          param: name,
          secure: true,
        });
      }
    }
  });

  it('never reads service keys: local auth is off and no list*() call exists', () => {
    for (const file of files) {
      expect({ file: file.path, listCalls: /\blist\w*\(/.test(file.outline.code) }).toEqual({
        file: file.path,
        listCalls: false,
      });
    }
    for (const path of [
      'infra/modules/search.bicep',
      'infra/modules/openAi.bicep',
      'infra/modules/contentSafety.bicep',
    ]) {
      expect(readRepoFile(path)).toMatch(/disableLocalAuth: true/);
    }
    expect(readRepoFile('infra/modules/storage.bicep')).toMatch(/allowSharedKeyAccess: false/);
  });

  it.each([
    ['infra/modules/storage.bicep', 'Storage Table Data Contributor', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'],
    ['infra/modules/search.bicep', 'Search Index Data Reader', '1407120a-92aa-4202-b7e9-c0e197c71c8f'],
    ['infra/modules/search.bicep', 'Search Index Data Contributor', '8ebe5a00-799e-43f5-93ac-243d3dce84a7'],
    ['infra/modules/search.bicep', 'Search Service Contributor', '7ca78c08-252a-4471-8644-bb5ff32d4ba0'],
    ['infra/modules/openAi.bicep', 'Cognitive Services OpenAI User', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'],
    ['infra/modules/contentSafety.bicep', 'Cognitive Services User', 'a97b65f3-24c7-4388-baec-2e87135dc908'],
    ['infra/modules/keyVault.bicep', 'Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6'],
  ])('%s grants the built-in role "%s" (%s)', (path, roleName, roleId) => {
    const source = readRepoFile(path);
    expect(source).toContain(`'${roleId}'`);
    expect(source).toContain(roleName);
  });

  it('assigns roles to the managed identity as a service principal, scoped to each resource', () => {
    for (const file of files) {
      const assignments = file.outline.resources.filter((resource) =>
        resource.type.startsWith('Microsoft.Authorization/roleAssignments@'),
      );
      for (const assignment of assignments) {
        const start = file.outline.code.search(new RegExp(`^resource\\s+${assignment.symbol}\\b`, 'm'));
        const body = objectEntries(file.source, file.outline.code, file.outline.code.indexOf('{', start));
        expect({ file: file.path, assignment: assignment.symbol, scoped: body.scope !== undefined }).toEqual({
          file: file.path,
          assignment: assignment.symbol,
          scoped: true,
        });
        expect(body.name).toMatch(/^guid\(/);
      }
    }
  });

  it('keeps the Key Vault in RBAC mode with purge protection, and app settings reference its secrets', () => {
    const vault = readRepoFile('infra/modules/keyVault.bicep');
    expect(vault).toMatch(/enableRbacAuthorization: true/);
    expect(vault).toMatch(/enablePurgeProtection: true/);
    const byName = new Map(settings.map((setting) => [setting.name, setting.value]));
    expect(byName.get('CPO_PSEUDONYM_KEY')).toBe('keyVault.outputs.pseudonymKeyReference');
    expect(byName.get('MICROSOFT_APP_PASSWORD')).toBe('keyVault.outputs.botClientCredentialReference');
    expect(vault).toMatch(/output pseudonymKeyReference string = '@Microsoft\.KeyVault\(SecretUri=/);
    expect(vault).toMatch(/output botClientCredentialReference string = '@Microsoft\.KeyVault\(SecretUri=/);
    expect(readRepoFile('infra/modules/appService.bicep')).toMatch(/keyVaultReferenceIdentity: identityId/);
  });

  it('serves the bot routes the code defines: /api/messages for the bot, /healthz for App Service', () => {
    const server = readRepoFile('src/bot/botServer.ts');
    expect(server).toContain("server.post('/api/messages'");
    expect(server).toContain("server.get('/healthz'");
    expect(main.source).toContain(
      "messagingEndpoint: 'https://${appService.outputs.defaultHostName}/api/messages'",
    );
    expect(readRepoFile('infra/modules/appService.bicep')).toContain("healthCheckPath: '/healthz'");
  });

  it('starts the compiled entry point that package.json builds', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('node dist/src/index.js');
    expect(readRepoFile('infra/modules/appService.bicep')).toContain(
      "appCommandLine: 'node dist/src/index.js'",
    );
  });

  describe('resource names', () => {
    const names = objectEntries(
      main.source,
      main.outline.code,
      main.source.indexOf('{', main.source.indexOf('var names')),
    );
    const longestBase = 'a'.repeat(12);
    const token = 'b'.repeat(8);
    const render = (template: string): string =>
      template
        .slice(1, -1)
        .replace(/\$\{replace\(baseName, '-', ''\)\}/g, longestBase)
        .replace(/\$\{baseName\}/g, longestBase)
        .replace(/\$\{token\}/g, token);

    it.each([
      ['storage', /^[a-z0-9]{3,24}$/],
      ['keyVault', /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/],
      ['search', /^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/],
      ['openAi', /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/],
      ['contentSafety', /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/],
      ['webApp', /^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/],
      ['plan', /^[a-z0-9][a-z0-9-]{0,38}$/],
      ['bot', /^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,63}$/],
      ['identity', /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/],
      ['workspace', /^[a-zA-Z0-9][a-zA-Z0-9-]{2,62}$/],
      ['appInsights', /^[a-zA-Z0-9][a-zA-Z0-9_.()-]{0,259}$/],
    ])('%s fits Azure naming rules even for the longest base name', (key, rule) => {
      const template = names[key];
      expect(template).toBeDefined();
      expect(render(template as string)).toMatch(rule);
    });

    it('derives the unique token from the subscription, resource group and base name', () => {
      expect(main.source).toContain('take(uniqueString(subscription().id, resourceGroup().id, baseName), 8)');
      expect(main.outline.params.find((param) => param.name === 'resourceBaseName')?.decorators).toEqual(
        expect.arrayContaining(['maxLength(12)']),
      );
    });
  });
});

describe('the Web App settings', () => {
  const bindings = new Set(ENV_BINDINGS.map(([name]) => name));
  // Variables loadConfig itself reads besides the bindings (e.g. CPO_CONFIG_FILE).
  const readByLoadConfig = new Set(
    [...readRepoFile('src/config/loadConfig.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)].map(
      (m) => m[1] as string,
    ),
  );
  /** Settings read by the platform or SDKs rather than by src/config. */
  const platformSettings: Record<string, string> = {
    AZURE_CLIENT_ID: '@azure/identity DefaultAzureCredential: picks the user-assigned managed identity',
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service builds the uploaded source (Oryx)',
  };

  it('names only variables the app (ENV_BINDINGS, loadConfig) or the platform reads, each once', () => {
    const unknown = settings
      .map((setting) => setting.name)
      .filter((name) => !bindings.has(name) && !readByLoadConfig.has(name) && !(name in platformSettings));
    expect(unknown).toEqual([]);
    const names = settings.map((setting) => setting.name);
    expect(new Set(names).size).toBe(names.length);
    expect(readByLoadConfig.has('CPO_CONFIG_FILE')).toBe(true);
  });

  it.each([
    'CPO_TABLES_ENDPOINT',
    'AZURE_SEARCH_ENDPOINT',
    'AZURE_OPENAI_ENDPOINT',
    'AZURE_OPENAI_DEPLOYMENT',
    'AZURE_CONTENT_SAFETY_ENDPOINT',
    'CPO_SEARCH_PROVIDER',
    'CPO_LLM',
    'CPO_SAFETY_PROVIDER',
    'CPO_PLANNER_PROVIDER',
    'MICROSOFT_APP_ID',
    'MICROSOFT_APP_PASSWORD',
    'MICROSOFT_APP_TENANT_ID',
    'MICROSOFT_APP_TYPE',
    'CPO_PSEUDONYM_KEY',
    'CPO_PSEUDONYM_KEY_ID',
    'AZURE_CLIENT_ID',
  ])('sets %s', (name) => {
    expect(settings.map((setting) => setting.name)).toContain(name);
  });

  it.each([
    'CPO_TABLES_CONNECTION_STRING',
    'AZURE_SEARCH_API_KEY',
    'AZURE_OPENAI_API_KEY',
    'AZURE_CONTENT_SAFETY_API_KEY',
  ])('does not set %s: the managed identity replaces keys and connection strings', (name) => {
    expect(settings.map((setting) => setting.name)).not.toContain(name);
  });

  it('pins the Azure providers', () => {
    const byName = new Map(settings.map((setting) => [setting.name, setting.value]));
    expect(byName.get('CPO_SEARCH_PROVIDER')).toBe("'azure'");
    expect(byName.get('CPO_LLM')).toBe("'azure-openai'");
    expect(byName.get('CPO_SAFETY_PROVIDER')).toBe("'azure'");
    expect(byName.get('CPO_PLANNER_PROVIDER')).toBe('plannerProvider');
    expect(main.outline.params.find((param) => param.name === 'plannerProvider')?.defaultValue).toBe("'llm'");
  });

  it('drops the client secret for a managed-identity bot (botbuilder rejects one)', () => {
    expect(main.source).toMatch(
      /concat\(platformSettings, botSettings, botIsManagedIdentity \? \[\] : botClientSecretSettings\)/,
    );
    expect(
      settings.filter((setting) => setting.from === 'botClientSecretSettings').map((s) => s.name),
    ).toEqual(['MICROSOFT_APP_PASSWORD']);
  });

  describe('parse with the real configuration loader', () => {
    const params = new Map(main.outline.params.map((param) => [param.name, param]));
    const moduleOutputs: Record<string, string> = {
      'identity.outputs.clientId': '11111111-2222-3333-4444-555555555555',
      'monitoring.outputs.appInsightsConnectionString':
        'InstrumentationKey=00000000-0000-0000-0000-000000000000',
      'storage.outputs.tableEndpoint': 'https://stcpodevabcd1234.table.core.windows.net',
      'search.outputs.endpoint': 'https://srch-cpodev-abcd1234.search.windows.net',
      'openAi.outputs.endpoint': 'https://oai-cpodev-abcd1234.openai.azure.com/',
      'openAi.outputs.deploymentName': 'gpt-4o-mini',
      'contentSafety.outputs.endpoint': 'https://cs-cpodev-abcd1234.cognitiveservices.azure.com/',
      // App Service hands the app the resolved secret, not the reference.
      'keyVault.outputs.pseudonymKeyReference': 'resolved-pseudonym-key-from-key-vault-0123456789',
      'keyVault.outputs.botClientCredentialReference': 'resolved-client-secret-from-key-vault',
      'keyVault.outputs.engagementWebhookKeyReference': 'resolved-engagement-webhook-key-0123456789abcdef',
      'tenant().tenantId': '99999999-8888-7777-6666-555555555555',
    };

    const unquote = (value: string): string => value.replace(/^'(.*)'$/, '$1');
    const isManagedIdentityBot = (chosen: Readonly<Record<string, string>>): boolean =>
      unquote(chosen.botAppType ?? 'SingleTenant') === 'UserAssignedMSI';

    /** Evaluates the small expression language used in the settings for one choice of parameters. */
    function evaluate(expression: string, chosen: Readonly<Record<string, string>>): string {
      const ternary = /^(\w+) \? (.+) : (.+)$/.exec(expression);
      if (ternary) {
        const [, condition, whenTrue, whenFalse] = ternary as unknown as [string, string, string, string];
        if (condition !== 'botIsManagedIdentity') throw new Error(`unknown condition ${condition}`);
        return evaluate(isManagedIdentityBot(chosen) ? whenTrue : whenFalse, chosen);
      }
      if (/^'[^']*'$/.test(expression)) return expression.slice(1, -1);
      const output = moduleOutputs[expression];
      if (output !== undefined) return output;
      const param = params.get(expression);
      if (param) {
        const value = chosen[expression] ?? param.defaultValue;
        if (value === undefined) throw new Error(`param ${expression} has no value in this scenario`);
        return unquote(value);
      }
      throw new Error(`cannot evaluate ${expression}`);
    }

    function envFor(chosen: Readonly<Record<string, string>>): Record<string, string> {
      const isMsi = isManagedIdentityBot(chosen);
      return Object.fromEntries(
        settings
          .filter((setting) => !(isMsi && setting.from === 'botClientSecretSettings'))
          .map((setting) => [setting.name, evaluate(setting.value, { botAppId: "'bot-app-id'", ...chosen })]),
      );
    }

    it('yields managed-identity tables, not the Azurite connection string of config/app.yaml', () => {
      const config = loadConfig(envFor({}), REPO_ROOT);
      expect(config.tables.connectionString).toBeUndefined();
      expect(config.tables.endpoint).toBe(moduleOutputs['storage.outputs.tableEndpoint']);
      expect(config.search).toMatchObject({ provider: 'azure', indexName: 'approved-content' });
      expect(config.search.apiKey).toBeUndefined();
      expect(config.llm.provider).toBe('azure-openai');
      expect(config.model).toMatchObject({ deployment: 'gpt-4o-mini', apiVersion: '2024-10-21' });
      expect(config.model.apiKey).toBeUndefined();
      const models = resolveModelSettings(config);
      expect(models.generation).toMatchObject({ provider: 'azure-openai', deployment: 'gpt-4o-mini' });
      expect(models.planner).toMatchObject({ provider: 'azure-openai' });
      expect(config.safety).toMatchObject({ provider: 'azure' });
      expect(config.planner.provider).toBe('llm');
      expect(config.bot).toMatchObject({
        appId: 'bot-app-id',
        appType: 'SingleTenant',
        appTenantId: moduleOutputs['tenant().tenantId'],
        appPassword: moduleOutputs['keyVault.outputs.botClientCredentialReference'],
      });
      expect(config.privacy.pseudonymKey).toBe(moduleOutputs['keyVault.outputs.pseudonymKeyReference']);
      expect(config.privacy.pseudonymKeyId).toBe('v1');
    });

    it('without CPO_CONFIG_FILE the embedded Azurite default would win (why the setting exists)', () => {
      const env = envFor({});
      delete env.CPO_CONFIG_FILE;
      expect(loadConfig(env, REPO_ROOT).tables.connectionString).toBe('UseDevelopmentStorage=true');
    });

    it('makes the managed identity the bot for UserAssignedMSI, with no password', () => {
      const config = loadConfig(envFor({ botAppType: 'UserAssignedMSI' }), REPO_ROOT);
      expect(config.bot.appType).toBe('UserAssignedMSI');
      expect(config.bot.appId).toBe(moduleOutputs['identity.outputs.clientId']);
      expect(config.bot.appPassword).toBeUndefined();
    });

    const allowedCases = ['botAppType', 'plannerProvider', 'logLevel'].flatMap((name) =>
      (params.get(name)?.allowed ?? []).map((value) => [name, value] as const),
    );
    it.each(allowedCases)('accepts every allowed value: %s = %s', (name, value) => {
      expect(() => loadConfig(envFor({ [name]: `'${value}'` }), REPO_ROOT)).not.toThrow();
    });

    it('points at files that exist in the deployed package', () => {
      const config = loadConfig(envFor({}), REPO_ROOT);
      for (const path of [
        'infra/app.azure.yaml',
        config.files.roles,
        config.files.policy,
        config.files.customers,
        config.files.contentDir,
      ]) {
        expect({ path, exists: repoFileExists(path) }).toEqual({ path, exists: true });
      }
    });

    it('keeps infra/app.azure.yaml free of connection strings and keys', () => {
      const text = readFileSync(join(REPO_ROOT, 'infra/app.azure.yaml'), 'utf8');
      expect(text).not.toMatch(/connectionString|apiKey|pseudonymKey:/);
    });
  });
});

describe('the structural checker itself', () => {
  const check = (source: string): string[] =>
    structuralProblems({ path: 'x.bicep', source, outline: outlineBicep(source) });

  it('accepts a well-formed template', () => {
    expect(
      check(
        `@secure()\nparam adminPassword string\nparam name string = 'a'\n\nresource r 'T@1' = {\n  name: name\n  properties: {\n    password: adminPassword\n  }\n}\n`,
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unused parameter', "param unused string\nresource r 'T@1' = {\n  name: 'x'\n}\n", 'never used'],
    [
      'a secret without @secure()',
      'param adminPassword string\noutput o string = adminPassword\n',
      'not @secure()',
    ],
    [
      'an api key without @secure()',
      'param searchApiKey string\noutput o string = searchApiKey\n',
      'not @secure()',
    ],
    [
      'a secure param with a default',
      "@secure()\nparam token string = 'abc'\nvar v = token\noutput o int = length(v)\n",
      'has a default',
    ],
    [
      'a secure param in an output',
      "@secure()\nparam clientSecret string\noutput o string = '${clientSecret}'\n",
      'exposes secure param',
    ],
    ['an unclosed brace', "param a string\nresource r 'T@1' = {\n  name: a\n", 'never closed'],
    ['a mismatched bracket', 'param a string\nvar v = [\n  a\n}\n', "unexpected '}'"],
    ['an unterminated string', "param a string = 'abc\nvar v = a\n", 'string'],
    [
      'an unused variable',
      "param a string\nvar v = a\nvar w = 'x'\noutput o string = v\n",
      'var w is never used',
    ],
    [
      'a default outside @allowed',
      "@allowed([\n  'x'\n  'y'\n])\nparam a string = 'z'\noutput o string = a\n",
      'not allowed',
    ],
  ])('flags %s', (_label, source, expected) => {
    expect(check(source).join('\n')).toContain(expected);
  });

  it('does not count words inside strings or comments as uses', () => {
    const source = "param hidden string\n// hidden\nvar v = 'hidden'\noutput o string = v\n";
    expect(check(source)).toEqual(['param hidden is never used']);
  });

  it('does count uses inside string interpolation', () => {
    const source = "param region string\noutput o string = 'at-${region}-x'\n";
    expect(check(source)).toEqual([]);
  });

  it('reads the body of a var by name', () => {
    const source = "var list = [\n  {\n    name: 'A'\n    value: 'b'\n  }\n]\noutput o array = list\n";
    expect(varBody(source, outlineBicep(source).code, 'list')).toContain("name: 'A'");
    expect(varBody(source, outlineBicep(source).code, 'missing')).toBeUndefined();
  });
});
