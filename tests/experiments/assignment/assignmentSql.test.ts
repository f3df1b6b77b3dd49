/**
 * `cpo export` assigns arms inside DuckDB: the SQL of `assignmentSql` must put every id in the arm
 * `assignVariation` (GrowthBook hash v2) gives it, bit for bit, for any seed, weights and coverage.
 * Oracle: the TypeScript assignment (itself proven against the GrowthBook SDK in growthbookParity.test.ts).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { assignVariation } from '../../../src/experiments/assignment/assignVariation';
import { assignmentSql, type AssignmentParameters } from '../../../src/experiments/assignment/assignmentSql';
import { randomString, seededRandom } from '../../stats/support/random';

// Everything a DuckDB (UTF-8) string can hold: accents, CJK, RTL, combining marks, emoji outside the BMP
// (surrogate pairs in JavaScript), ZWJ sequences, flags, NUL and U+FFFF. Lone surrogates cannot be UTF-8.
const ALPHABET = [
  'C',
  '0',
  '7',
  '9',
  'a',
  'Z',
  '-',
  '_',
  ' ',
  '.',
  '@',
  '"',
  "'",
  '\\',
  'é',
  'ß',
  'Ж',
  '中',
  'ع',
  'ह',
  '😀',
  '👩‍💻',
  '🇫🇷',
  '\u0301',
  '\u200b',
  '\u0000',
  '\n',
  '\uffff',
  '𝔘',
];

async function assignInSql(
  connection: DuckDBConnection,
  parameters: AssignmentParameters,
): Promise<Map<string, string | null>> {
  const sql = assignmentSql(parameters);
  const reader = await connection.runAndReadAll(
    `SELECT id, ${sql.arm('bucket')} AS arm FROM (SELECT id, ${sql.bucket('first_hash')} AS bucket FROM (SELECT id, ${sql.hash('id')} AS first_hash FROM ids) AS members) AS hashed`,
  );
  return new Map(reader.getRows().map(([id, arm]) => [String(id), arm === null ? null : String(arm)]));
}

function assignInTypeScript(parameters: AssignmentParameters, id: string): string | null {
  const { variation } = assignVariation({
    // The resolved seed (the experiment's key when it has no seed): '' || '' hashes with the empty seed too.
    experiment: parameters.seed,
    seed: parameters.seed,
    id,
    variations: parameters.keys.length,
    weights: [...parameters.weights],
    ...(parameters.coverage === undefined ? {} : { coverage: parameters.coverage }),
  });
  return variation < 0 ? null : (parameters.keys[variation] ?? null);
}

describe('assignment in SQL (DuckDB) = assignVariation', () => {
  let instance: DuckDBInstance;
  let connection: DuckDBConnection;
  const ids: string[] = [];

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
    const random = seededRandom(16);
    const unique = new Set<string>(['', 'C000001', 'C999999', 'C0000000000001', 'x'.repeat(300), '0']);
    // Customer ids as the engine's view accepts them, then arbitrary text of every kind.
    for (let n = 0; n < 3000; n += 1) unique.add(`C${String(Math.floor(random() * 1e9)).padStart(6, '0')}`);
    while (unique.size < 6000) unique.add(randomString(random, ALPHABET, 1 + Math.floor(random() * 30)));
    ids.push(...unique);
    await connection.run('CREATE TABLE ids (id VARCHAR)');
    const appender = await connection.createAppender('ids');
    for (const id of ids) {
      appender.appendVarchar(id);
      appender.endRow();
    }
    appender.closeSync();
  });

  afterAll(() => {
    connection.closeSync();
    instance.closeSync();
  });

  it('reads every id back unchanged (the comparison below sees the same strings)', async () => {
    const reader = await connection.runAndReadAll('SELECT id FROM ids');
    expect(reader.getRows().map(([id]) => String(id))).toEqual(ids);
  });

  const experiments: Array<[string, AssignmentParameters]> = [
    [
      'the export benchmark (30/30/30/10)',
      {
        seed: '5eed5eed',
        keys: ['control', 'v1', 'v2', 'holdout'],
        weights: [0.3, 0.3, 0.3, 0.1],
      },
    ],
    ['two equal arms', { seed: 'a1b2c3d4', keys: ['control', 'v1'], weights: [0.5, 0.5] }],
    ['uneven thirds', { seed: 'cpo-x', keys: ['a', 'b', 'c'], weights: [1 / 3, 1 / 3, 1 / 3] }],
    ['an empty seed', { seed: '', keys: ['a', 'b', 'c'], weights: [0.1, 0.2, 0.7] }],
    ['a seed outside ASCII', { seed: 'sæd-中-😀', keys: ['a', 'b'], weights: [0.25, 0.75] }],
    [
      'weights at the tolerance edge (sum 0.995)',
      { seed: 's', keys: ['a', 'b', 'c'], weights: [0.333, 0.331, 0.331] },
    ],
    ['weights that do not add up (equal weights)', { seed: 's', keys: ['a', 'b'], weights: [2, 3] }],
    [
      'weights of the wrong length (equal weights)',
      { seed: 's', keys: ['a', 'b', 'c'], weights: [0.5, 0.5] },
    ],
    [
      'partial coverage (members outside the experiment)',
      { seed: 'cov', keys: ['a', 'b', 'c'], weights: [0.2, 0.3, 0.5], coverage: 0.37 },
    ],
    ['coverage 0 (nobody)', { seed: 'cov', keys: ['a', 'b'], weights: [0.5, 0.5], coverage: 0 }],
    ['coverage above 1 (clamped)', { seed: 'cov', keys: ['a', 'b'], weights: [0.5, 0.5], coverage: 1.7 }],
    ['one arm (nobody)', { seed: 's', keys: ['only'], weights: [1] }],
    ['keys that need quoting', { seed: 's', keys: ["it's", 'a "b"', 'ünï'], weights: [0.4, 0.4, 0.2] }],
  ];

  it.each(experiments)('puts 6,000 ids in the same arm as TypeScript: %s', async (_name, parameters) => {
    const inSql = await assignInSql(connection, parameters);
    const differences = ids.filter((id) => inSql.get(id) !== assignInTypeScript(parameters, id));
    expect(differences).toEqual([]);
    expect(inSql.get('')).toBeNull();
  });

  it('agrees on 30 random experiments (random weights, coverage and seeds)', async () => {
    const random = seededRandom(1616);
    for (let run = 0; run < 30; run += 1) {
      const count = 2 + Math.floor(random() * 5);
      const raw = Array.from({ length: count }, () => random() + 0.01);
      const total = raw.reduce((sum, weight) => sum + weight, 0);
      const parameters: AssignmentParameters = {
        seed: randomString(random, ALPHABET, Math.floor(random() * 12)),
        keys: Array.from({ length: count }, (_, index) => `arm${index}`),
        weights: raw.map((weight) => weight / total),
        coverage: random() < 0.5 ? 1 : random(),
      };
      const inSql = await assignInSql(connection, parameters);
      const differences = ids.filter((id) => inSql.get(id) !== assignInTypeScript(parameters, id));
      expect({ parameters, differences }).toEqual({ parameters, differences: [] });
    }
  });
});
