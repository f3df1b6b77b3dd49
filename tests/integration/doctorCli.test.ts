import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCpo, runCpoLoadingConfig } from '../support/cliHarness';

/** A fake Azure OpenAI endpoint at the network edge: it refuses every key. */
async function refusingEndpoint(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.statusCode = 401;
    res.end('{"error":{"code":"401","message":"Access denied due to invalid subscription key."}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const linesOf = (stdout: string): string[] => stdout.trim().split('\n');

describe('cpo doctor', () => {
  it('passes on the embedded defaults: one ok line per check', async () => {
    const run = await runCpo(['doctor']);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    for (const check of ['config', 'exposure', 'tables', 'content_index', 'model', 'safety']) {
      expect(lines.some((line) => new RegExp(`^ok\\s+${check}\\s`).test(line))).toBe(true);
    }
    expect(lines.every((line) => /^(ok|note)\s/.test(line))).toBe(true);
  });

  it('fails when a configured table service is unreachable, naming the variable to fix', async () => {
    const run = await runCpo(['doctor', '--timeout', '3000'], {
      CPO_TABLES_CONNECTION_STRING:
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^problem\s+tables\s+.*fix: .*CPO_TABLES_CONNECTION_STRING/m);
  });

  it('names a model endpoint that refuses the key', async () => {
    const endpoint = await refusingEndpoint();
    try {
      const run = await runCpo(['doctor'], {
        CPO_MODEL_PROVIDER: 'azure-openai',
        AZURE_OPENAI_ENDPOINT: endpoint.url,
        AZURE_OPENAI_DEPLOYMENT: 'gpt-4o-mini',
        AZURE_OPENAI_API_KEY: 'wrong-key',
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /^problem\s+model\s+Azure OpenAI refused the credentials \(HTTP 401\).*AZURE_OPENAI_API_KEY/m,
      );
      expect(run.stdout).not.toContain('wrong-key');
    } finally {
      await endpoint.close();
    }
  });

  it('reports a configuration outside loopback mode without a webhook key', async () => {
    const run = await runCpo(['doctor'], { MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'x' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^problem\s+engagement_webhook\s+.*CPO_ENGAGEMENT_WEBHOOK_KEY/m);
    expect(run.stdout).toMatch(/^problem\s+pseudonym_key\s+.*CPO_PSEUDONYM_KEY/m);
  });

  it('reports a provider without its endpoint once, as a configuration problem naming the variable', async () => {
    const { code, stdout } = await runCpoLoadingConfig(['doctor'], { CPO_SEARCH_PROVIDER: 'azure' });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^problem\s+config\s+AZURE_SEARCH_ENDPOINT is required when CPO_SEARCH_PROVIDER=azure/m,
    );
  });

  it('reports an invalid configuration as one problem line', async () => {
    const { code, stdout } = await runCpoLoadingConfig(['doctor'], { CPO_MODEL_PROVIDER: 'gpt' });
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^problem\s+config\s+Invalid configuration: CPO_MODEL_PROVIDER \(model\.provider\)/m,
    );
  });
});
