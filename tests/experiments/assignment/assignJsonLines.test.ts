import { Readable, Writable } from 'node:stream';
import { assignJsonLines } from '../../../src/experiments/assignment/assignJsonLines';
import { assignVariation } from '../../../src/experiments/assignment/assignVariation';

async function run(
  input: string | Buffer[],
): Promise<{ lines: string[]; warnings: string[]; summary: unknown }> {
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const warnings: string[] = [];
  const source = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : Readable.from(input);
  const summary = await assignJsonLines(source, output, { warn: (message) => warnings.push(message) });
  const text = chunks.join('');
  return { lines: text === '' ? [] : text.replace(/\n$/, '').split('\n'), warnings, summary };
}

const line = (fields: Record<string, unknown>): string => JSON.stringify(fields);
const expected = (id: string | number, weights: number[], extra: { coverage?: number; seed?: string } = {}) =>
  assignVariation({ experiment: 'exp', id, weights, ...extra }).variation;

describe('assignJsonLines', () => {
  it('answers each line in order with {"id","variation"}', async () => {
    const ids = ['alice', 'bob', 'carol', 'dave', 'émilie', '用户', '😀'];
    const input = ids.map((id) => line({ experiment: 'exp', id, weights: [0.5, 0.5] })).join('\n') + '\n';
    const { lines, summary } = await run(input);
    expect(lines).toEqual(ids.map((id) => JSON.stringify({ id, variation: expected(id, [0.5, 0.5]) })));
    expect(summary).toEqual({ lines: ids.length, assigned: ids.length, failed: 0 });
  });

  it('uses the seed when given and the experiment key otherwise', async () => {
    const input = [
      line({ experiment: 'exp', id: 'u1', weights: [0.5, 0.5], seed: 'other-seed' }),
      line({ experiment: 'exp', id: 'u1', weights: [0.5, 0.5], seed: '' }),
    ].join('\n');
    const { lines } = await run(input);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      id: 'u1',
      variation: expected('u1', [0.5, 0.5], { seed: 'other-seed' }),
    });
    expect(JSON.parse(lines[1] ?? '')).toEqual({ id: 'u1', variation: expected('u1', [0.5, 0.5]) });
  });

  it('returns −1 outside coverage and for an empty id', async () => {
    const input = [
      line({ experiment: 'exp', id: 'u1', weights: [0.5, 0.5], coverage: 0 }),
      line({ experiment: 'exp', id: '', weights: [0.5, 0.5] }),
    ].join('\n');
    const { lines } = await run(input);
    expect(lines).toEqual(['{"id":"u1","variation":-1}', '{"id":"","variation":-1}']);
  });

  it('keeps numeric ids numeric and hashes them as strings', async () => {
    const { lines } = await run(line({ experiment: 'exp', id: 12345, weights: [0.3, 0.7] }));
    expect(JSON.parse(lines[0] ?? '')).toEqual({ id: 12345, variation: expected('12345', [0.3, 0.7]) });
  });

  it('writes an error line for each bad line and still answers the others', async () => {
    const input = [
      line({ experiment: 'exp', id: 'ok-1', weights: [0.5, 0.5] }),
      '{not json',
      line({ experiment: 'exp', id: 'no-weights' }),
      line({ experiment: '', id: 'empty-key', weights: [0.5, 0.5] }),
      line({ experiment: 'exp', id: { nested: true }, weights: [0.5, 0.5] }),
      '[1, 2, 3]',
      '"just a string"',
      line({ experiment: 'exp', id: 'bad-weights', weights: 'half' }),
      line({ experiment: 'exp', id: 'bad-coverage', weights: [0.5, 0.5], coverage: 'all' }),
      line({ experiment: 'exp', id: 'bad-seed', weights: [0.5, 0.5], seed: 7 }),
      line({ experiment: 'exp', id: 'ok-2', weights: [0.5, 0.5] }),
    ].join('\n');
    const { lines, summary } = await run(input);
    const parsed = lines.map(
      (text) => JSON.parse(text) as { id: unknown; variation?: number; error?: string },
    );
    expect(parsed).toHaveLength(11);
    expect(parsed[0]).toEqual({ id: 'ok-1', variation: expected('ok-1', [0.5, 0.5]) });
    expect(parsed[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(parsed[2]).toEqual({
      id: 'no-weights',
      error: expect.stringMatching(/^line 3: weights: is required/),
    });
    expect(parsed[3]).toEqual({ id: 'empty-key', error: 'line 4: experiment: must not be empty' });
    expect(parsed[4]).toEqual({ id: null, error: 'line 5: id: must be a string or a number' });
    expect(parsed[5]).toEqual({ id: null, error: 'line 6: must be a JSON object' });
    expect(parsed[6]).toEqual({ id: null, error: 'line 7: must be a JSON object' });
    expect(parsed[7]).toEqual({ id: 'bad-weights', error: 'line 8: weights: must be an array of numbers' });
    expect(parsed[8]).toEqual({ id: 'bad-coverage', error: 'line 9: coverage: must be a number' });
    expect(parsed[9]).toEqual({ id: 'bad-seed', error: 'line 10: seed: must be a string' });
    expect(parsed[10]).toEqual({ id: 'ok-2', variation: expected('ok-2', [0.5, 0.5]) });
    expect(summary).toMatchObject({
      lines: 11,
      assigned: 2,
      failed: 9,
      firstError: expect.stringMatching(/^line 2/),
    });
  });

  it('skips blank lines silently but counts them in line numbers; handles CRLF, a BOM and no final newline', async () => {
    const input = `\uFEFF${line({ experiment: 'exp', id: 'a', weights: [0.5, 0.5] })}\r\n\r\n   \n{oops}\r\n${line({ experiment: 'exp', id: 'b', weights: [0.5, 0.5] })}`;
    const { lines } = await run(input);
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ id: 'a', variation: expected('a', [0.5, 0.5]) });
    expect(JSON.parse(lines[1] ?? '')).toMatchObject({ id: null, error: expect.stringMatching(/^line 4: /) });
    expect(JSON.parse(lines[2] ?? '')).toEqual({ id: 'b', variation: expected('b', [0.5, 0.5]) });
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const text = `${line({ experiment: 'exp', id: 'ü😀中', weights: [0.5, 0.5] })}\n`;
    const bytes = Buffer.from(text);
    const chunks = Array.from(bytes).map((byte) => Buffer.from([byte])); // one byte per chunk
    const { lines } = await run(chunks);
    expect(JSON.parse(lines[0] ?? '')).toEqual({ id: 'ü😀中', variation: expected('ü😀中', [0.5, 0.5]) });
  });

  it('falls back to equal weights with one warning per experiment and reason', async () => {
    const input = ['u1', 'u2', 'u3']
      .map((id) => line({ experiment: 'exp', id, weights: [0.6, 0.6] }))
      .concat(line({ experiment: 'exp', id: 'u4', weights: [0.5, 0.5], coverage: 3 }))
      .join('\n');
    const { lines, warnings } = await run(input);
    expect(lines.map((text) => (JSON.parse(text) as { variation: number }).variation)).toEqual(
      ['u1', 'u2', 'u3', 'u4'].map((id) => expected(id, [0.5, 0.5])),
    );
    expect(warnings).toEqual([
      'line 1: experiment "exp": weights add up to 1.2, not 1; using equal weights',
      'line 4: experiment "exp": coverage 3 is above 1; using 1',
    ]);
  });

  it('infers the number of variations from `variations` when weights are missing', async () => {
    const { lines } = await run(line({ experiment: 'exp', id: 'u9', variations: 3 }));
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      id: 'u9',
      variation: assignVariation({ experiment: 'exp', id: 'u9', variations: 3 }).variation,
    });
  });

  it('streams 1,000,000 lines with bounded memory: output starts long before the input ends', async () => {
    const total = 1_000_000;
    let produced = 0;
    let producedAtFirstOutput = -1;
    function* source(): Generator<Buffer> {
      let chunk = '';
      for (let index = 0; index < total; index++) {
        chunk += `{"experiment":"big","id":"user-${index}","weights":[0.25,0.25,0.5]}\n`;
        produced++;
        if (chunk.length > 1 << 16) {
          yield Buffer.from(chunk);
          chunk = '';
        }
      }
      yield Buffer.from(chunk);
    }
    let outputLines = 0;
    let lastLine = '';
    const output = new Writable({
      highWaterMark: 1 << 16,
      write(chunk: Buffer, _encoding, callback) {
        if (producedAtFirstOutput < 0) producedAtFirstOutput = produced;
        const text = chunk.toString('utf8');
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
          outputLines++;
        lastLine = text.slice(text.lastIndexOf('\n', text.length - 2) + 1, -1);
        setImmediate(callback); // a slow consumer: exercises 'drain' back-pressure
      },
    });
    const summary = await assignJsonLines(Readable.from(source()), output, { warn: () => undefined });
    expect(summary).toEqual({ lines: total, assigned: total, failed: 0 });
    expect(outputLines).toBe(total);
    expect(producedAtFirstOutput).toBeGreaterThan(0);
    expect(producedAtFirstOutput).toBeLessThan(total / 10);
    expect(JSON.parse(lastLine)).toEqual({
      id: `user-${total - 1}`,
      variation: assignVariation({ experiment: 'big', id: `user-${total - 1}`, weights: [0.25, 0.25, 0.5] })
        .variation,
    });
  });
});
