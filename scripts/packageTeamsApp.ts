/**
 * `npm run package [-- --env dev]`: builds appPackage/build/appPackage.<env>.zip, the Teams app package to upload
 * (Teams admin center, or *Apps → Manage your apps → Upload an app*). Placeholder values come from the
 * environment, then infra/env/.env.<env> (written by `atk provision`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildTeamsAppPackage, readEnvFile } from './lib/teamsAppPackage';

const REPO_ROOT = join(__dirname, '..');

function main(argv: readonly string[]): number {
  const envIndex = argv.indexOf('--env');
  const env = envIndex >= 0 ? (argv[envIndex + 1] ?? 'dev') : 'dev';
  const fromFile = readEnvFile(join(REPO_ROOT, 'infra', 'env', `.env.${env}`));
  const values: Record<string, string> = { ...fromFile };
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) values[name] = value;
  try {
    const built = buildTeamsAppPackage(join(REPO_ROOT, 'appPackage'), values);
    const out = join(REPO_ROOT, 'appPackage', 'build', `appPackage.${env}.zip`);
    mkdirSync(join(REPO_ROOT, 'appPackage', 'build'), { recursive: true });
    writeFileSync(out, built.zip);
    process.stdout.write(`${relative(REPO_ROOT, out)} (${built.files.join(', ')})\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`package: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
