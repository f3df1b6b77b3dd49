/** Delimiters an engagement export may use; the header decides. */
const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** The delimiter that occurs most often in the header line (comma on a tie). */
export function detectDelimiter(header: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits one CSV line (RFC 4180 quoting: `"a ""quoted"" value"`). Event exports never hold line breaks
 * inside a field, so a record is exactly one line: a line with unbalanced quotes is reported as malformed
 * (undefined) instead of swallowing the rest of the file, which is what a multi-line CSV parser would do.
 */
export function splitCsvLine(line: string, delimiter: CsvDelimiter = ','): string[] | undefined {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let index = 0;
  for (;;) {
    if (line[index] === '"') {
      let value = '';
      index++;
      for (;;) {
        const close = line.indexOf('"', index);
        if (close === -1) return undefined;
        value += line.slice(index, close);
        if (line[close + 1] === '"') {
          value += '"';
          index = close + 2;
        } else {
          index = close + 1;
          break;
        }
      }
      fields.push(value);
      if (index === line.length) return fields;
      if (line[index] !== delimiter) return undefined;
      index++;
    } else {
      const next = line.indexOf(delimiter, index);
      const value = next === -1 ? line.slice(index) : line.slice(index, next);
      if (value.includes('"')) return undefined;
      fields.push(value);
      if (next === -1) return fields;
      index = next + 1;
    }
  }
}
