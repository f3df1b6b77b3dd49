import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';

/** The placeholders appPackage/manifest.json uses, as Agents Toolkit names them (`${{NAME}}`). */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface PackageResult {
  zip: Uint8Array;
  files: string[];
}

/** Values of a dotenv-style file (`KEY=value`, comments and blanks skipped); empty when the file is absent. */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const values: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && !line.trimStart().startsWith('#')) values[match[1] as string] = match[2] as string;
  }
  return values;
}

function schemaValidator(schemaUrl: string): ValidateFunction {
  const version = /\/json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/.exec(
    schemaUrl,
  )?.[1];
  if (!version) throw new Error(`manifest $schema ${schemaUrl} is not a Teams manifest schema`);
  const schemas = join(
    dirname(require.resolve('@microsoft/app-manifest/package.json')),
    'build',
    'json-schemas',
    'teams',
  );
  if (!readdirSync(schemas).includes(version)) throw new Error(`no offline schema for manifest ${version}`);
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(
    JSON.parse(readFileSync(join(schemas, version, 'MicrosoftTeams.schema.json'), 'utf8')) as object,
  );
}

/**
 * The Teams app package (what `teamsApp/zipAppPackage` builds): manifest.json with its placeholders filled from
 * `values`, validated offline against the manifest schema, plus the two icons it names. Throws naming every
 * missing value or schema problem.
 */
export function buildTeamsAppPackage(
  appPackageDir: string,
  values: Readonly<Record<string, string>>,
): PackageResult {
  const template = readFileSync(join(appPackageDir, 'manifest.json'), 'utf8');
  const missing = [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string))].filter(
    (name) => values[name] === undefined || (values[name] === '' && name !== 'APP_NAME_SUFFIX'),
  );
  if (missing.length > 0) {
    throw new Error(
      `set ${missing.join(', ')} (in the environment or infra/env/.env.<env>; \`atk provision\` writes them)`,
    );
  }
  const text = template.replace(PLACEHOLDER, (_whole, name: string) => values[name] ?? '');
  const manifest = JSON.parse(text) as { $schema: string; icons: { color: string; outline: string } };
  const validate = schemaValidator(manifest.$schema);
  if (!validate(manifest)) {
    const problems = (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? ''}`,
    );
    throw new Error(`the manifest is not valid: ${problems.join('; ')}`);
  }
  const files: Record<string, Uint8Array> = { 'manifest.json': Buffer.from(text, 'utf8') };
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    files[icon] = readFileSync(join(appPackageDir, icon));
  }
  return {
    zip: zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }),
    files: Object.keys(files),
  };
}
