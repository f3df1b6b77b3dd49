/**
 * A structural reader for the Bicep files in infra/ (the Bicep CLI cannot be installed here). It does not
 * type-check; it finds declarations, decorators, module calls and identifier uses, which is enough to catch
 * unused or missing parameters, unprotected secrets and mismatched module calls offline.
 */

export interface BicepParam {
  name: string;
  type: string;
  decorators: string[];
  secure: boolean;
  /** Default expression as written, when there is one. */
  defaultValue: string | undefined;
  /** Values of an @allowed([...]) decorator, unquoted. */
  allowed: string[] | undefined;
}

export interface BicepModuleCall {
  symbol: string;
  path: string;
  conditional: boolean;
  /** Parameter names passed in `params: { ... }`. */
  params: string[];
  /** Raw expression per passed parameter. */
  paramValues: Record<string, string>;
}

export interface BicepOutline {
  /** The source with comments and string contents blanked (same length), interpolations kept. */
  code: string;
  params: BicepParam[];
  vars: string[];
  resources: Array<{ symbol: string; type: string; conditional: boolean }>;
  modules: BicepModuleCall[];
  outputs: Array<{ name: string; type: string; expression: string }>;
  problems: string[];
}

/**
 * Blanks comments and string literal contents with spaces, keeping `${...}` interpolation expressions, so that
 * brace matching and identifier search see only code. Positions stay the same as in the source.
 */
export function codeOnly(source: string): { code: string; problems: string[] } {
  const out = source.split('');
  const problems: string[] = [];
  const blank = (from: number, to: number): void => {
    for (let index = from; index < to; index += 1) if (out[index] !== '\n') out[index] = ' ';
  };
  let index = 0;
  // Stack of open interpolations: inside `${ ... }` we are in code again until the matching brace.
  const interpolationDepths: number[] = [];
  let braceDepth = 0;
  let inString = false;
  while (index < source.length) {
    const char = source[index] as string;
    const next = source[index + 1];
    if (!inString) {
      if (char === '/' && next === '/') {
        const end = source.indexOf('\n', index);
        const stop = end === -1 ? source.length : end;
        blank(index, stop);
        index = stop;
        continue;
      }
      if (char === '/' && next === '*') {
        const end = source.indexOf('*/', index + 2);
        const stop = end === -1 ? source.length : end + 2;
        if (end === -1) problems.push('unterminated block comment');
        blank(index, stop);
        index = stop;
        continue;
      }
      if (source.startsWith("'''", index)) {
        const end = source.indexOf("'''", index + 3);
        const stop = end === -1 ? source.length : end + 3;
        if (end === -1) problems.push('unterminated multi-line string');
        blank(index + 1, stop - 1);
        index = stop;
        continue;
      }
      if (char === "'") {
        inString = true;
        index += 1;
        continue;
      }
      if (char === '{') braceDepth += 1;
      if (char === '}') {
        if (
          interpolationDepths.length > 0 &&
          interpolationDepths[interpolationDepths.length - 1] === braceDepth
        ) {
          interpolationDepths.pop();
          out[index] = ' ';
          inString = true;
          index += 1;
          continue;
        }
        braceDepth -= 1;
      }
      index += 1;
      continue;
    }
    // Inside a single-quoted string.
    if (char === '\\') {
      blank(index, Math.min(index + 2, source.length));
      index += 2;
      continue;
    }
    if (char === '$' && next === '{') {
      out[index] = ' ';
      out[index + 1] = ' ';
      interpolationDepths.push(braceDepth);
      inString = false;
      index += 2;
      continue;
    }
    if (char === "'") {
      inString = false;
      index += 1;
      continue;
    }
    if (char === '\n') problems.push(`line break inside a string near offset ${index}`);
    out[index] = char === '\n' ? '\n' : ' ';
    index += 1;
  }
  if (inString) problems.push('unterminated string');
  return { code: out.join(''), problems };
}

const OPENERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
const CLOSERS = new Set(Object.values(OPENERS));

/** Reports unbalanced or mismatched brackets in code (output of `codeOnly`). */
export function delimiterProblems(code: string): string[] {
  const stack: Array<{ char: string; line: number }> = [];
  const problems: string[] = [];
  let line = 1;
  for (const char of code) {
    if (char === '\n') line += 1;
    else if (char in OPENERS) stack.push({ char, line });
    else if (CLOSERS.has(char)) {
      const open = stack.pop();
      if (!open || OPENERS[open.char] !== char) {
        problems.push(`line ${line}: unexpected '${char}'`);
        if (open) stack.push(open);
      }
    }
  }
  for (const open of stack) problems.push(`line ${open.line}: '${open.char}' is never closed`);
  return problems;
}

/** Index just after the bracket matching the one at `openIndex`. */
function matchingClose(code: string, openIndex: number): number {
  let depth = 0;
  for (let index = openIndex; index < code.length; index += 1) {
    const char = code[index] as string;
    if (char in OPENERS) depth += 1;
    else if (CLOSERS.has(char)) {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return code.length;
}

/** Top-level `key: value` entries of the object whose `{` is at openIndex (keys may be quoted in source). */
export function objectEntries(source: string, code: string, openIndex: number): Record<string, string> {
  const end = matchingClose(code, openIndex) - 1;
  const entries: Record<string, string> = {};
  let depth = 0;
  let lineStart = openIndex + 1;
  for (let index = openIndex + 1; index < end; index += 1) {
    const char = code[index] as string;
    if (char === '\n') lineStart = index + 1;
    else if (char in OPENERS) depth += 1;
    else if (CLOSERS.has(char)) depth -= 1;
    else if (char === ':' && depth === 0) {
      const key = source
        .slice(lineStart, index)
        .trim()
        .replace(/^'(.*)'$/, '$1');
      // The value runs to the end of its line, or on to the close of a bracket opened on that line.
      let valueEnd = index + 1;
      let valueDepth = 0;
      for (; valueEnd < end; valueEnd += 1) {
        const current = code[valueEnd] as string;
        if (current in OPENERS) valueDepth += 1;
        else if (CLOSERS.has(current)) valueDepth -= 1;
        else if (current === '\n' && valueDepth <= 0) break;
      }
      entries[key] = source.slice(index + 1, valueEnd).trim();
      index = valueEnd - 1;
    }
  }
  return entries;
}

/** Decorators keyed by the offset of the declaration they precede (chained decorators grouped). */
function decoratorsByTarget(source: string, code: string): Map<number, string[]> {
  const byTarget = new Map<number, string[]>();
  let pending: string[] = [];
  for (const match of code.matchAll(/^[ \t]*@(?:sys\.)?([A-Za-z]+)\s*\(/gm)) {
    const open = code.indexOf('(', match.index);
    const close = matchingClose(code, open);
    pending.push(`${match[1] as string}${source.slice(open, close)}`);
    let next = close;
    while (next < code.length && /\s/.test(code[next] as string)) next += 1;
    if (code[next] !== '@') {
      byTarget.set(next, pending);
      pending = [];
    }
  }
  return byTarget;
}

const DECLARATION =
  /^(?<kind>param|var|resource|module|output)\s+(?<name>[A-Za-z_][\w]*)\s*(?<rest>[^\n]*)$/gm;

function allowedValues(decorators: string[]): string[] | undefined {
  const allowed = decorators.find((decorator) => decorator.startsWith('allowed('));
  if (!allowed) return undefined;
  return [...allowed.matchAll(/'([^']*)'/g)].map((match) => match[1] as string);
}

export function outlineBicep(source: string): BicepOutline {
  const { code, problems } = codeOnly(source);
  problems.push(...delimiterProblems(code));
  const outline: BicepOutline = {
    code,
    params: [],
    vars: [],
    resources: [],
    modules: [],
    outputs: [],
    problems,
  };
  const decorators = decoratorsByTarget(source, code);
  for (const match of code.matchAll(DECLARATION)) {
    const groups = match.groups as { kind: string; name: string; rest: string };
    const start = match.index;
    const rawLine = source.slice(start, start + match[0].length);
    if (groups.kind === 'param') {
      const typeAndDefault = /^param\s+\w+\s+(?<type>\w+)(?:\s*=\s*(?<value>.+))?$/.exec(rawLine.trim());
      const own = decorators.get(start) ?? [];
      outline.params.push({
        name: groups.name,
        type: typeAndDefault?.groups?.type ?? '?',
        decorators: own,
        secure: own.some((decorator) => decorator.startsWith('secure(')),
        defaultValue: typeAndDefault?.groups?.value?.trim(),
        allowed: allowedValues(own),
      });
    } else if (groups.kind === 'var') {
      outline.vars.push(groups.name);
    } else if (groups.kind === 'resource') {
      const type = /^resource\s+\w+\s+'([^']+)'/.exec(rawLine.trim())?.[1] ?? '?';
      outline.resources.push({
        symbol: groups.name,
        type,
        conditional: /=\s*(\[for[^\n]*)?if\s*\(/.test(rawLine),
      });
    } else if (groups.kind === 'module') {
      const path = /^module\s+\w+\s+'([^']+)'/.exec(rawLine.trim())?.[1] ?? '?';
      const bodyOpen = code.indexOf('{', start);
      const body = objectEntries(source, code, bodyOpen);
      const paramsText = body.params;
      let paramValues: Record<string, string> = {};
      if (paramsText !== undefined) {
        const paramsOpen = code.indexOf('{', code.indexOf('params', bodyOpen));
        paramValues = objectEntries(source, code, paramsOpen);
      }
      outline.modules.push({
        symbol: groups.name,
        path,
        conditional: /=\s*if\s*\(/.test(rawLine),
        params: Object.keys(paramValues),
        paramValues,
      });
    } else {
      const output = /^output\s+\w+\s+(?<type>\w+)\s*=\s*(?<expression>.+)$/.exec(rawLine.trim());
      outline.outputs.push({
        name: groups.name,
        type: output?.groups?.type ?? '?',
        expression: output?.groups?.expression ?? '',
      });
    }
  }
  return outline;
}

/**
 * How often an identifier is used in code: whole words only, not a property after a dot and not an object
 * key (`name: ...` at the start of a line), so a parameter called `name` is not "used" by `name:` keys.
 */
export function identifierUses(code: string, name: string): number {
  const pattern = new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, 'g');
  return [...code.matchAll(pattern)].filter((match) => {
    const lineStart = code.lastIndexOf('\n', match.index) + 1;
    const isKey =
      code.slice(lineStart, match.index).trim() === '' && /^\s*:/.test(code.slice(match.index + name.length));
    return !isKey;
  }).length;
}

/** The source text of `var <name> = [ ... ]` or `{ ... }`, or undefined. */
export function varBody(source: string, code: string, name: string): string | undefined {
  const match = new RegExp(`^var\\s+${name}\\s*=\\s*`, 'm').exec(code);
  if (!match) return undefined;
  const open = match.index + match[0].length;
  const first = code[open];
  if (first !== '[' && first !== '{') return source.slice(open, code.indexOf('\n', open)).trim();
  return source.slice(open, matchingClose(code, open));
}

/** `{ name: '...' value: ... }` items of an app settings array body. */
export function nameValueItems(arrayBody: string): Array<{ name: string; value: string }> {
  const items: Array<{ name: string; value: string }> = [];
  for (const match of arrayBody.matchAll(/name:\s*'([^']+)'\s*\n\s*value:\s*([^\n]+)/g)) {
    items.push({ name: match[1] as string, value: (match[2] as string).trim() });
  }
  return items;
}
