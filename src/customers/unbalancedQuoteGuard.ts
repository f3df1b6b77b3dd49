import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** Stands in for a broken line: one unquoted field the reader recognises and reports in order. */
export const BROKEN_LINE_MARKER = '\u0000cpo-unbalanced-quotes';

/**
 * Customer fields never contain line breaks, so a line with an odd number of quotes is broken.
 * Left alone, a CSV parser would read the rest of the file as one quoted field; this guard swaps
 * such a line for `BROKEN_LINE_MARKER` (keeping line numbers aligned), so later rows still load.
 */
export class UnbalancedQuoteGuard extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';

  constructor() {
    super({ decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const text = this.carry + this.decoder.write(chunk);
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1) {
      this.carry = text;
      callback();
      return;
    }
    this.carry = text.slice(lastBreak + 1);
    callback(null, this.guard(text.slice(0, lastBreak + 1)));
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.carry + this.decoder.end();
    this.carry = '';
    callback(null, rest === '' ? undefined : this.guard(rest));
  }

  /** `text` holds whole lines (the last one possibly without its line break). */
  private guard(text: string): string {
    if (!text.includes('"')) return text;
    return text
      .split('\n')
      .map((content) => (countQuotes(content) % 2 === 0 ? content : BROKEN_LINE_MARKER))
      .join('\n');
  }
}

function countQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count += 1;
  return count;
}
