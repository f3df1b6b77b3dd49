import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { buildTeamsAppPackage } from '../../scripts/lib/teamsAppPackage';
import { REPO_ROOT } from '../support/repoRoot';

const VALUES = {
  TEAMS_APP_ID: 'c0b1a2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  BOT_ID: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
  BOT_DOMAIN: 'app-cpodev-abcd1234.azurewebsites.net',
  APP_NAME_SUFFIX: '',
};

describe('npm run package (Teams app zip)', () => {
  const appPackage = join(REPO_ROOT, 'appPackage');

  it('zips the filled-in, schema-valid manifest with both icons', () => {
    const built = buildTeamsAppPackage(appPackage, VALUES);
    const entries = unzipSync(built.zip);
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(Buffer.from(entries['manifest.json'] ?? []).toString('utf8')) as {
      id: string;
      bots: Array<{ botId: string }>;
      validDomains: string[];
    };
    expect(manifest.id).toBe(VALUES.TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(VALUES.BOT_ID);
    expect(manifest.validDomains).toEqual([VALUES.BOT_DOMAIN]);
    expect(Buffer.from(entries['manifest.json'] ?? []).toString('utf8')).not.toContain('${{');
  });

  it('names every value it still needs', () => {
    expect(() => buildTeamsAppPackage(appPackage, { APP_NAME_SUFFIX: '' })).toThrow(
      /set TEAMS_APP_ID, BOT_ID, BOT_DOMAIN/,
    );
  });

  it('refuses a manifest the schema rejects', () => {
    expect(() => buildTeamsAppPackage(appPackage, { ...VALUES, TEAMS_APP_ID: 'not a guid' })).toThrow(
      /the manifest is not valid: \/id/,
    );
  });
});
