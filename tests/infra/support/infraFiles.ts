import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../../support/repoRoot';
import { nameValueItems, outlineBicep, varBody, type BicepOutline } from './bicepOutline';

export { REPO_ROOT };

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

export function repoFileExists(path: string): boolean {
  return existsSync(join(REPO_ROOT, path));
}

export interface BicepFile {
  path: string;
  source: string;
  outline: BicepOutline;
}

export function loadBicep(path: string): BicepFile {
  const source = readRepoFile(path);
  return { path, source, outline: outlineBicep(source) };
}

export const MAIN_BICEP = 'infra/main.bicep';

export function allBicepFiles(): BicepFile[] {
  const modules = readdirSync(join(REPO_ROOT, 'infra', 'modules'))
    .filter((name) => name.endsWith('.bicep'))
    .sort()
    .map((name) => `infra/modules/${name}`);
  return [MAIN_BICEP, ...modules].map(loadBicep);
}

/** `${{NAME}}` placeholders (Agents Toolkit syntax) in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1] as string)),
  ];
}

export function substitutePlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(
    /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
}

/** Keys defined in a dotenv-style environment file (comments and blank lines skipped). */
export function envFileKeys(path: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const line of readRepoFile(path).split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match) keys.set(match[1] as string, (match[2] as string).trim());
  }
  return keys;
}

export interface ToolkitAction {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

export interface ToolkitProject {
  version: string;
  environmentFolderPath: string;
  provision: ToolkitAction[];
  deploy: ToolkitAction[];
  publish: ToolkitAction[];
}

export function loadTeamsApp(): ToolkitProject {
  return parseYaml(readRepoFile('teamsapp.yml')) as ToolkitProject;
}

export interface ArmParameters {
  parameters: Record<string, { value: unknown }>;
}

export function loadMainParameters(): ArmParameters {
  return JSON.parse(readRepoFile('infra/main.parameters.json')) as ArmParameters;
}

/** The Web App's settings as main.bicep assembles them: name and the Bicep expression of the value. */
export function appSettingsOf(main: BicepFile): Array<{ name: string; value: string; from: string }> {
  const arrays = ['platformSettings', 'botSettings', 'botClientSecretSettings'];
  return arrays.flatMap((from) =>
    nameValueItems(varBody(main.source, main.outline.code, from) ?? '').map((item) => ({ ...item, from })),
  );
}
