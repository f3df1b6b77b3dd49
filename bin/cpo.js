#!/usr/bin/env node
'use strict';
// Runs the compiled CLI when dist/ is at least as new as every source file; otherwise the TypeScript
// sources through tsx, so a stale build is never what runs (or what the tests exercise).
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const compiled = join(root, 'dist', 'src', 'cli', 'main.js');

/** Newest modification time of the .ts and .json sources under the given folders (0 when absent). */
function newestSource(folders) {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const folder of folders) if (existsSync(folder)) walk(folder);
  return newest;
}

const fresh =
  existsSync(compiled) &&
  statSync(compiled).mtimeMs >= newestSource([join(root, 'src'), join(root, 'cards')]);
let cli;
if (fresh || !existsSync(join(root, 'src'))) {
  cli = require(compiled);
} else {
  require('tsx/cjs');
  cli = require(join(root, 'src', 'cli', 'main.ts'));
}
cli.main(process.argv);
