/**
 * A fresh clone: nothing serves the development storage, so a command that needs tables starts the embedded
 * table service itself, persists to the project-local folder and stops it afterwards. A remote endpoint that
 * does not answer is named in the error, never replaced by a local service. (Its own port: the shared test
 * Azurite on 10002 stays untouched.)
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isPortOpen } from '../../src/app/localTableService';
import { tableServiceEndpointOf } from '../../src/app/tableServiceEndpoint';
import { loadConfig } from '../../src/config/loadConfig';
import { runCpo } from '../support/cliHarness';
import { freePort } from '../../scripts/lib/privateAzurite';

const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

function connection(account: string, port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=${account};AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:${port}/${account};`;
}

describe('the CLI on a fresh clone', () => {
  it('starts the local table service for the command, persists to the state folder, and stops it', async () => {
    const port = await freePort();
    const state = mkdtempSync(join(tmpdir(), 'cpo-state-'));
    const env = {
      CPO_TABLES_CONNECTION_STRING: connection('devstoreaccount1', port),
      CPO_LOCAL_STATE_DIR: state,
      CPO_TABLES_PREFIX: 'autostart',
    };
    const first = await runCpo(['audit', 'verify'], env);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`started the local table service on 127.0.0.1:${port}`);
    expect(JSON.parse(first.stdout)).toMatchObject({ ok: true });
    expect(existsSync(join(state, 'tables'))).toBe(true);
    expect(await isPortOpen(port)).toBe(false);
    // The next command finds what the first stored (the tables it created) and starts the service again.
    const second = await runCpo(['audit', 'verify'], env);
    expect(second.code).toBe(0);
    expect(await isPortOpen(port)).toBe(false);
  });

  it('names the variable when a remote endpoint does not answer, and starts nothing', async () => {
    const port = await freePort();
    const run = await runCpo(['audit', 'verify'], {
      CPO_TABLES_CONNECTION_STRING: connection('contosostorage', port),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CPO_TABLES_CONNECTION_STRING');
    expect(run.stderr).toContain('does not answer');
    expect(run.stderr).not.toContain('started the local table service');
    expect(await isPortOpen(port)).toBe(false);
  });

  it('tells the development storage from remote services', () => {
    const of = (env: Record<string, string>) => tableServiceEndpointOf(loadConfig(env));
    expect(of({})).toMatchObject({ host: '127.0.0.1', port: 10002, local: true });
    expect(of({ CPO_TABLES_CONNECTION_STRING: connection('devstoreaccount1', 10044) })).toMatchObject({
      port: 10044,
      local: true,
    });
    expect(
      of({
        CPO_TABLES_CONNECTION_STRING: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${DEV_KEY}`,
      }),
    ).toMatchObject({ host: 'acme.table.core.windows.net', port: 443, local: false });
    const base = loadConfig({});
    const byEndpoint = {
      ...base,
      tables: { endpoint: 'https://acme.table.core.windows.net', tablePrefix: 'cpo' },
    };
    expect(tableServiceEndpointOf(byEndpoint)).toMatchObject({
      local: false,
      variable: 'CPO_TABLES_ENDPOINT',
    });
  });
});
