import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ignore from 'ignore';
import {
  MAIN_BICEP,
  envFileKeys,
  loadBicep,
  loadMainParameters,
  loadTeamsApp,
  placeholdersIn,
  REPO_ROOT,
  readRepoFile,
  repoFileExists,
  type ToolkitAction,
} from './support/infraFiles';

const project = loadTeamsApp();
const main = loadBicep(MAIN_BICEP);
const parameters = loadMainParameters();
const envFolder = project.environmentFolderPath;
const devEnv = envFileKeys(join(envFolder, '.env.dev'));

/** Values the toolkit knows without any file: the environment name it runs. */
const BUILT_IN = new Set(['TEAMSFX_ENV']);
/** Secrets the operator puts in .env.<env>.user by hand (documented in infra/README.md and .env.dev). */
const USER_SECRETS = new Set(['SECRET_CPO_PSEUDONYM_KEY', 'SECRET_CPO_ENGAGEMENT_WEBHOOK_KEY']);

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Relative paths an action reads (templates, parameters, manifests, ignore files, artifact folders). */
function pathsReadBy(action: ToolkitAction): string[] {
  const inputs = action.with ?? {};
  const read: string[] = [];
  for (const key of ['manifestPath', 'ignoreFile', 'artifactFolder']) {
    const value = inputs[key];
    if (typeof value === 'string') read.push(value);
  }
  const templates = inputs.templates;
  if (Array.isArray(templates)) {
    for (const template of templates as Array<{ path: string; parameters: string }>) {
      read.push(template.path, template.parameters);
    }
  }
  return read;
}

describe('teamsapp.yml', () => {
  it('parses as an Agents Toolkit project with provision, deploy and publish stages', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(Array.isArray(project.provision)).toBe(true);
    expect(Array.isArray(project.deploy)).toBe(true);
    expect(Array.isArray(project.publish)).toBe(true);
    expect(readRepoFile('teamsapp.yml')).toContain(
      'yaml-language-server: $schema=https://aka.ms/teams-toolkit/',
    );
  });

  it('provisions in dependency order: identity, Azure resources, bot registration, app package', () => {
    expect(project.provision.map((action) => action.uses)).toEqual([
      'teamsApp/create',
      'botAadApp/create',
      'arm/deploy',
      'botFramework/create',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
  });

  it('deploys by building locally, then zip-deploying to the Web App', () => {
    expect(project.deploy.map((action) => action.uses)).toEqual([
      'cli/runNpmCommand',
      'cli/runNpmCommand',
      'azureAppService/zipDeploy',
    ]);
    const scripts = (JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const action of project.deploy.filter((step) => step.uses === 'cli/runNpmCommand')) {
      const args = String(action.with?.args ?? '');
      const script = /^run\s+(\S+)/.exec(args)?.[1];
      if (script !== undefined) expect(Object.keys(scripts)).toContain(script);
      else expect(args).toMatch(/^ci\b/);
    }
    expect(project.deploy[2]?.with?.resourceId).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
  });

  it('publishes the package built from the same manifest', () => {
    expect(project.publish.map((action) => action.uses)).toEqual([
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
      'teamsApp/publishAppPackage',
    ]);
  });

  it('references only files and folders that exist', () => {
    const referenced = [...project.provision, ...project.deploy, ...project.publish].flatMap(pathsReadBy);
    expect(referenced).toEqual(
      expect.arrayContaining([
        './infra/main.bicep',
        './infra/main.parameters.json',
        './appPackage/manifest.json',
        './infra/.webappignore',
      ]),
    );
    for (const path of [...new Set(referenced), envFolder, join(envFolder, '.env.dev')]) {
      expect({ path, exists: repoFileExists(path) }).toEqual({ path, exists: true });
    }
  });

  it('writes build outputs under appPackage/build only', () => {
    const outputs = [...project.provision, ...project.publish].flatMap((action) =>
      ['outputZipPath', 'outputFolder', 'appPackagePath']
        .map((key) => action.with?.[key])
        .filter((value): value is string => typeof value === 'string'),
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(output.startsWith('./appPackage/build')).toBe(true);
  });

  it('defines every ${{VARIABLE}} before an action (or the files it reads) uses it', () => {
    const bicepOutputs = main.outline.outputs.map((output) => output.name);
    const written = new Set([
      ...bicepOutputs,
      ...[...project.provision, ...project.deploy, ...project.publish].flatMap((action) =>
        Object.values(action.writeToEnvironmentFile ?? {}),
      ),
    ]);
    // Empty slots in .env.dev that provisioning fills do not count as defined before it fills them.
    const fromFile = [...devEnv]
      .filter(([key, value]) => value !== '' || !written.has(key))
      .map(([key]) => key);
    const defined = new Set<string>([...BUILT_IN, ...USER_SECRETS, ...fromFile]);
    const undefinedUses: string[] = [];
    for (const [stage, actions] of [
      ['provision', project.provision],
      ['deploy', project.deploy],
      ['publish', project.publish],
    ] as const) {
      for (const action of actions) {
        const texts = [...stringsIn(action.with)];
        for (const path of pathsReadBy(action)) {
          if (path.endsWith('.json')) texts.push(readRepoFile(path));
        }
        for (const name of texts.flatMap(placeholdersIn)) {
          if (!defined.has(name)) undefinedUses.push(`${stage} ${action.uses}: ${name}`);
        }
        for (const name of Object.values(action.writeToEnvironmentFile ?? {})) defined.add(name);
        if (action.uses === 'arm/deploy') bicepOutputs.forEach((name) => defined.add(name));
      }
    }
    expect(undefinedUses).toEqual([]);
  });

  it('registers the bot at the Web App endpoint that main.bicep outputs, on the /api/messages route', () => {
    const registration = project.provision.find((action) => action.uses === 'botFramework/create');
    expect(registration?.with?.messagingEndpoint).toBe('${{BOT_ENDPOINT}}/api/messages');
    expect(registration?.with?.botId).toBe('${{BOT_ID}}');
    expect(registration?.with?.channels).toEqual([{ name: 'msteams' }]);
    expect(main.outline.outputs.map((output) => output.name)).toEqual(
      expect.arrayContaining(['BOT_ENDPOINT', 'BOT_DOMAIN', 'BOT_AZURE_APP_SERVICE_RESOURCE_ID']),
    );
    expect(readRepoFile('src/bot/botServer.ts')).toContain("'/api/messages'");
  });

  it('does not register the bot twice: the Azure Bot resource is off when botFramework/create registers it', () => {
    expect(parameters.parameters.deployAzureBot?.value).toBe(false);
  });
});

describe('infra/main.parameters.json', () => {
  const declared = new Map(main.outline.params.map((param) => [param.name, param]));

  it('sets only parameters main.bicep declares, and every required one', () => {
    const given = Object.keys(parameters.parameters);
    expect(given.filter((name) => !declared.has(name))).toEqual([]);
    const required = main.outline.params
      .filter((param) => param.defaultValue === undefined)
      .map((param) => param.name);
    expect(required.filter((name) => !given.includes(name))).toEqual([]);
  });

  it('fills secure parameters only from SECRET_ placeholders, never literal values', () => {
    for (const param of main.outline.params.filter((candidate) => candidate.secure)) {
      const value = parameters.parameters[param.name]?.value;
      if (value === undefined) continue;
      expect(value).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    }
  });

  it('uses allowed values for parameters restricted by @allowed', () => {
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      const allowed = declared.get(name)?.allowed;
      if (!allowed || typeof value !== 'string' || value.includes('${{')) continue;
      expect({ name, value, allowed: allowed.includes(value) }).toEqual({ name, value, allowed: true });
    }
    const botAppType = devEnv.get('BOT_APP_TYPE');
    expect(declared.get('botAppType')?.allowed).toContain(botAppType);
    // A Developer Portal registration cannot use a managed identity.
    expect(botAppType).not.toBe('UserAssignedMSI');
  });

  it('keeps the derived resource base name within main.bicep limits for the dev environment', () => {
    const base = String(parameters.parameters.resourceBaseName?.value).replace(
      '${{TEAMSFX_ENV}}',
      devEnv.get('TEAMSFX_ENV') ?? '',
    );
    expect(base).toMatch(/^[a-z0-9]{3,12}$/);
  });
});

describe('infra/env', () => {
  it('commits no secrets: SECRET_ values live in the .user file the toolkit keeps out of the repo', () => {
    for (const [key, value] of devEnv) {
      if (key.startsWith('SECRET_')) expect(value).toBe('');
    }
    expect(repoFileExists(join(envFolder, '.env.dev.user'))).toBe(false);
  });
});

describe('infra/.webappignore (what zipDeploy uploads)', () => {
  const rules = ignore().add(readRepoFile('infra/.webappignore'));
  const uploaded = (path: string): boolean => !rules.ignores(path);

  it.each([
    'package.json',
    'package-lock.json',
    '.npmrc',
    'tsconfig.json',
    'tsconfig.build.json',
    'src/index.ts',
    'src/config/loadConfig.ts',
    'cards/templates/x.json',
    'config/app.yaml',
    'config/roles.yaml',
    'config/policy.yaml',
    'data/customers.csv',
    'data/content/brand-story.md',
    'prompts/generate-variants.md',
    'infra/app.azure.yaml',
  ])('uploads %s', (path) => {
    expect(uploaded(path)).toBe(true);
  });

  it.each([
    'node_modules/zod/package.json',
    'dist/src/index.js',
    'tests/infra/bicep.test.ts',
    'bench/run.ts',
    'scripts/dev.ts',
    'infra/main.bicep',
    'infra/modules/keyVault.bicep',
    'infra/env/.env.dev',
    'infra/env/.env.dev.user',
    'appPackage/manifest.json',
    'appPackage/build/appPackage.dev.zip',
    '.git/config',
    'out/index/content-index.json',
    'test-results/x.png',
    'teamsapp.yml',
    '.env',
    'src/.env.local',
    'devTools/m365agentsplayground.log',
  ])('does not upload %s', (path) => {
    expect(uploaded(path)).toBe(false);
  });

  it('uploads everything the server-side build compiles (tsconfig.build.json includes)', () => {
    const build = JSON.parse(readRepoFile('tsconfig.build.json')) as { extends?: string; include: string[] };
    for (const folder of build.include) expect(uploaded(`${folder}/any.ts`)).toBe(true);
    if (build.extends) expect(uploaded(build.extends.replace(/^\.\//, ''))).toBe(true);
  });
});

describe('deployment assets', () => {
  function filesUnder(folder: string): string[] {
    return readdirSync(join(REPO_ROOT, folder), { withFileTypes: true, recursive: true })
      .filter(
        (entry) => entry.isFile() && !entry.name.endsWith('.png') && !entry.parentPath.includes('build'),
      )
      .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)));
  }

  it('contain no absolute paths of a workstation', () => {
    const files = [...filesUnder('infra'), ...filesUnder('appPackage'), 'teamsapp.yml'];
    expect(files).toEqual(expect.arrayContaining(['infra/main.bicep', 'appPackage/manifest.json']));
    const offending = files.filter((file) =>
      /(^|[\s'"=(])(\/(work|tmp|root|home|Users)\/|[A-Za-z]:\\)/m.test(readRepoFile(file)),
    );
    expect(offending).toEqual([]);
  });
});
