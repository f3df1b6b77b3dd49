import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { IntentPlanner } from '../../src/adapters/planner/intent/intentPlanner';
import { ACCENT_COLOR } from '../../scripts/lib/appIconArt';
import {
  envFileKeys,
  placeholdersIn,
  readRepoFile,
  repoFileExists,
  substitutePlaceholders,
} from './support/infraFiles';

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  icons: { color: string; outline: string };
  accentColor: string;
  bots: Array<{
    botId: string;
    scopes: string[];
    commandLists: Array<{ scopes: string[]; commands: Command[] }>;
  }>;
  validDomains: string[];
  [key: string]: unknown;
}

const SCHEMAS_DIR = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);
const manifestText = readRepoFile('appPackage/manifest.json');

/** What Agents Toolkit substitutes at zipAppPackage time; the ids are sample GUIDs. */
const SAMPLE_VALUES: Record<string, string> = {
  TEAMS_APP_ID: 'c0b1a2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  BOT_ID: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  BOT_DOMAIN: 'app-cpodev-abcd1234.azurewebsites.net',
  APP_NAME_SUFFIX: envFileKeys('infra/env/.env.dev').get('APP_NAME_SUFFIX') ?? '',
};

const manifest = JSON.parse(substitutePlaceholders(manifestText, SAMPLE_VALUES)) as Manifest;

function schemaVersionOf(schemaUrl: string): string {
  const match = /\/json-schemas\/teams\/v([0-9.]+|devPreview)\/MicrosoftTeams\.schema\.json$/.exec(schemaUrl);
  if (!match) throw new Error(`unexpected $schema ${schemaUrl}`);
  return match[1] as string;
}

function newestStableSchemaVersion(): string {
  const versions = readdirSync(SCHEMAS_DIR)
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1));
  return versions.sort((a, b) => {
    const [aMajor, aMinor] = a.split('.').map(Number) as [number, number];
    const [bMajor, bMinor] = b.split('.').map(Number) as [number, number];
    return aMajor - bMajor || aMinor - bMinor;
  })[versions.length - 1] as string;
}

const validators = new Map<string, ValidateFunction>();

/** Validates offline against the schema shipped in @microsoft/app-manifest (draft-04, like the toolkit). */
function validate(document: unknown, version: string): string[] {
  let check = validators.get(version);
  if (!check) {
    const schemaFile = join(SCHEMAS_DIR, `v${version}`, 'MicrosoftTeams.schema.json');
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    check = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    validators.set(version, check);
  }
  if (check(document)) return [];
  return (check.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

function mutated(change: (copy: Manifest) => void): Manifest {
  const copy = structuredClone(manifest);
  change(copy);
  return copy;
}

describe('appPackage/manifest.json', () => {
  const version = schemaVersionOf(manifest.$schema);

  it('declares a schema version of at least 1.17, matching its manifestVersion', () => {
    const [major, minor] = version.split('.').map(Number) as [number, number];
    expect(major * 100 + minor).toBeGreaterThanOrEqual(117);
    expect(manifest.manifestVersion).toBe(version);
  });

  it('has a MAJOR.MINOR.PATCH app version (the Teams store rejects anything else)', () => {
    expect(manifest.version).toMatch(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/);
  });

  it('uses only the Agents Toolkit placeholders the provisioning flow defines', () => {
    expect(placeholdersIn(manifestText).sort()).toEqual(Object.keys(SAMPLE_VALUES).sort());
  });

  it('is valid against the shipped JSON schema once placeholders are substituted', () => {
    expect(validate(manifest, version)).toEqual([]);
  });

  it('is also valid against the newest schema the package ships (forward compatible)', () => {
    const newest = newestStableSchemaVersion();
    const upgraded = mutated((copy) => {
      copy.$schema = copy.$schema.replace(`/v${version}/`, `/v${newest}/`);
      copy.manifestVersion = newest;
    });
    expect(validate(upgraded, newest)).toEqual([]);
  });

  it('is not valid before substitution (ids must be GUIDs), so the validator really checks', () => {
    expect(validate(JSON.parse(manifestText), version).join('\n')).toMatch(/\/id|botId/);
  });

  it.each<[string, (copy: Manifest) => void, RegExp]>([
    [
      'a bot id that is not a GUID',
      (m) => void ((m.bots[0] as Manifest['bots'][0]).botId = 'my-bot'),
      /botId/,
    ],
    ['an unknown scope', (m) => void (m.bots[0] as Manifest['bots'][0]).scopes.push('channel'), /scopes/],
    [
      'a command title over 32 characters',
      (m) => void ((m.bots[0]?.commandLists[0]?.commands[0] as Command).title = 'x'.repeat(33)),
      /title/,
    ],
    [
      'more than ten commands in a list',
      (m) => {
        const commands = m.bots[0]?.commandLists[0]?.commands as Command[];
        while (commands.length < 11) commands.push({ title: `extra ${commands.length}`, description: 'x' });
      },
      /commands/,
    ],
    ['an accent colour that is not #rrggbb', (m) => void (m.accentColor = 'blue'), /accentColor/],
    [
      'a developer website that is not http(s)',
      (m) => void ((m.developer as Record<string, string>).websiteUrl = 'ftp://example.com'),
      /websiteUrl/,
    ],
    [
      'a short name over 30 characters',
      (m) => void ((m.name as Record<string, string>).short = 'n'.repeat(31)),
      /short/,
    ],
    [
      'a short description over 80 characters',
      (m) => void ((m.description as Record<string, string>).short = 'd'.repeat(81)),
      /short/,
    ],
    ['an unknown top-level property', (m) => void (m.botEndpoint = 'https://example.com'), /additional/],
    ['a missing outline icon', (m) => void delete (m.icons as Partial<Manifest['icons']>).outline, /outline/],
    [
      'a manifestVersion that does not match the schema',
      (m) => void (m.manifestVersion = '1.16'),
      /manifestVersion/,
    ],
    [
      'more than 16 valid domains',
      (m) => void (m.validDomains = Array.from({ length: 17 }, (_, i) => `d${i}.example.com`)),
      /validDomains/,
    ],
    ['a bot without scopes', (m) => void delete (m.bots[0] as Partial<Manifest['bots'][0]>).scopes, /scopes/],
  ])('rejects %s', (_label, change, expected) => {
    const errors = validate(mutated(change), version);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(expected);
  });

  it("ships its icons next to it and uses the icons' accent colour", () => {
    expect(repoFileExists(join('appPackage', manifest.icons.color))).toBe(true);
    expect(repoFileExists(join('appPackage', manifest.icons.outline))).toBe(true);
    expect(manifest.accentColor).toBe(ACCENT_COLOR);
  });

  it('lists valid domains as bare host names (no scheme, no path)', () => {
    expect(manifest.validDomains.length).toBeGreaterThan(0);
    for (const domain of manifest.validDomains) expect(domain).toMatch(/^(\*\.)?[a-z0-9.-]+$/);
  });

  it('offers the bot in personal chat, group chats and teams, with commands for each', () => {
    const bot = manifest.bots[0] as Manifest['bots'][0];
    expect(manifest.bots).toHaveLength(1);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const covered = new Set(bot.commandLists.flatMap((list) => list.scopes));
    expect([...covered].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists) {
      const titles = list.commands.map((command) => command.title.toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
      for (const command of list.commands) {
        expect(command.description.length).toBeGreaterThan(10);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  describe('command titles are requests the bot understands (Teams types the title into the compose box)', () => {
    const planner = new IntentPlanner();
    const expectedTool: Record<string, string> = {
      help: 'help',
      'draft a win-back email': 'generate_variants',
      'show me pending approvals': 'review_queue',
      'draft 3 spring sale emails': 'generate_variants',
      'draft an SMS for loyal customers': 'generate_variants',
      'size the VIP segment': 'segment_customers',
      'find spring sale content': 'retrieve_content',
      'check a text for safety': 'screen_content',
      'how many users do I need?': 'run_experiment',
      'show results': 'summarize_results',
      'launch the test': 'run_experiment',
      'simulate a week of results': 'run_experiment',
    };
    const titles = [
      ...new Set(
        manifest.bots.flatMap((bot) => bot.commandLists.flatMap((list) => list.commands.map((c) => c.title))),
      ),
    ];

    it.each(titles)('%p', async (title) => {
      const tool = expectedTool[title];
      expect({ title, known: tool !== undefined }).toEqual({ title, known: true });
      const plan = await planner.plan(title);
      expect(plan.steps.map((step) => step.tool)).toContain(tool);
    });

    it('routes "show me pending approvals" to the review queue', async () => {
      expect(titles).toContain('show me pending approvals');
      const plan = await planner.plan('show me pending approvals');
      expect(plan.steps.map((step) => step.tool)).toEqual(['review_queue']);
    });
  });
});
