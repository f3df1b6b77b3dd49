#!/usr/bin/env node
'use strict';
// Runs the compiled CLI when dist/ is at least as new as every source file; otherwise the TypeScript
// sources through tsx, so a stale build is never what runs (or what the tests exercise).
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

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
if (fresh || !existsSync(join(root, 'src'))) {
  require(compiled).main(process.argv);
} else {
  // From the sources through tsx's loader (`--import` hooks both require() and import(), which the CLI
  // uses to load heavy modules on use), in a child that shares this process's stdio and exit code.
  const { spawnSync } = require('node:child_process');
  const child = spawnSync(
    process.execPath,
    // tsx resolved from this package, not from the working directory the user runs cpo in.
    [
      '--import',
      pathToFileURL(require.resolve('tsx')).href,
      join(root, 'src', 'cli', 'bin.ts'),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  process.exitCode = child.status ?? 1;
}
