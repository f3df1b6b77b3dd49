import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadSafetyPolicy,
  parseSafetyPolicy,
  resolveSafetyPolicy,
} from '../../src/agents/safety/policy/loadSafetyPolicy';
import { DEFAULT_SAFETY_POLICY } from '../../src/agents/safety/policy/safetyPolicy';
import { AppError } from '../../src/shared/errors';

const REPO_ROOT = join(__dirname, '..', '..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpo-policy-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new TypeError('expected an AppError');
}

describe('safety policy', () => {
  it('ships config/policy.yaml equal to the built-in defaults', () => {
    expect(loadSafetyPolicy(join(REPO_ROOT, 'config', 'policy.yaml'))).toEqual(DEFAULT_SAFETY_POLICY);
  });

  it('applies defaults to an empty document', () => {
    expect(parseSafetyPolicy({}, 'x')).toEqual({
      version: 1,
      severity: { blockAbove: 4, reviewAtLeast: 3 },
      blocklist: [],
      competitors: [],
      bannedClaims: [],
      pii: { allow: { emails: [], domains: [], phones: [], addresses: [] } },
    });
    expect(parseSafetyPolicy(null, 'x').severity).toEqual({ blockAbove: 4, reviewAtLeast: 3 });
  });

  it('reads JSON and YAML to the same policy and ignores unknown keys', () => {
    const json = write(
      'p.json',
      JSON.stringify({
        version: 1,
        severity: { blockAbove: 5 },
        blocklist: ['a'],
        owner: 'legal',
        approval: { quorum: 2 },
      }),
    );
    const yaml = write(
      'p.yaml',
      'version: 1\nseverity:\n  blockAbove: 5\nblocklist:\n  - a\nowner: legal\napproval:\n  quorum: 2\n',
    );
    expect(loadSafetyPolicy(json)).toEqual(loadSafetyPolicy(yaml));
    expect(loadSafetyPolicy(json)).toMatchObject({
      severity: { blockAbove: 5, reviewAtLeast: 3 },
      blocklist: ['a'],
    });
  });

  it('reads JSON content from a file without a .json extension', () => {
    expect(loadSafetyPolicy(write('policy.txt', '{"competitors": ["Rival"]}')).competitors).toEqual([
      'Rival',
    ]);
  });

  it('treats empty YAML lists and sections as defaults', () => {
    const policy = loadSafetyPolicy(
      write('nulls.yaml', 'blocklist:\ncompetitors:\nseverity:\npii:\n  allow:\n'),
    );
    expect(policy.blocklist).toEqual([]);
    expect(policy.severity).toEqual({ blockAbove: 4, reviewAtLeast: 3 });
    expect(policy.pii.allow.emails).toEqual([]);
  });

  it('trims terms and keeps non-ASCII ones', () => {
    const policy = parseSafetyPolicy({ blocklist: ['  sans risque ', 'Ünternehmen'] }, 'x');
    expect(policy.blocklist).toEqual(['sans risque', 'Ünternehmen']);
  });

  it.each([
    [{ severity: { blockAbove: 8 } }, 'severity.blockAbove'],
    [{ severity: { reviewAtLeast: -1 } }, 'severity.reviewAtLeast'],
    [{ severity: { blockAbove: 'high' } }, 'severity.blockAbove'],
    [{ severity: { blockAbove: 3.5 } }, 'severity.blockAbove'],
    [{ blocklist: 'risk-free' }, 'blocklist'],
    [{ blocklist: ['ok', ''] }, 'blocklist[1]'],
    [{ competitors: [42] }, 'competitors[0]'],
    [{ pii: { allow: { emails: 'x' } } }, 'pii.allow.emails'],
    [{ version: 2 }, 'version'],
  ])('rejects %j naming %s', (document, field) => {
    const error = errorOf(() => parseSafetyPolicy(document, 'policy.json'));
    expect(error.code).toBe('CONFIG');
    expect(error.userMessage).toContain(field);
    expect(error.userMessage).toContain('policy.json');
  });

  it('rejects a document that is not an object', () => {
    expect(errorOf(() => parseSafetyPolicy(['a'], 'list.yaml')).userMessage).toMatch(/list\.yaml/);
    expect(errorOf(() => parseSafetyPolicy('text', 'text.yaml')).code).toBe('CONFIG');
  });

  it('names missing, unreadable and malformed files', () => {
    expect(errorOf(() => loadSafetyPolicy(join(dir, 'missing.yaml'), 'missing.yaml')).userMessage).toMatch(
      /missing\.yaml: file not found/,
    );
    expect(errorOf(() => loadSafetyPolicy(dir, 'the-dir')).userMessage).toMatch(/the-dir: is a directory/);
    expect(errorOf(() => loadSafetyPolicy(write('bad.json', '{"a":'))).userMessage).toMatch(/not valid JSON/);
    expect(errorOf(() => loadSafetyPolicy(write('bad.yaml', 'a: [1, 2'))).userMessage).toMatch(
      /not valid YAML/,
    );
  });

  it('accepts a UTF-8 byte order mark', () => {
    expect(loadSafetyPolicy(write('bom.json', '\uFEFF{"blocklist":["x"]}')).blocklist).toEqual(['x']);
  });

  it('resolves the policy: explicit path, else config/policy.yaml, else built-in', () => {
    expect(resolveSafetyPolicy(REPO_ROOT)).toEqual(DEFAULT_SAFETY_POLICY);
    expect(resolveSafetyPolicy(dir)).toEqual(DEFAULT_SAFETY_POLICY);
    write('only.json', '{"blocklist":["only"]}');
    expect(resolveSafetyPolicy(dir, 'only.json').blocklist).toEqual(['only']);
  });
});
