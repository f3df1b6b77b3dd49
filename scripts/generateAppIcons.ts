/**
 * Renders the Teams app icons into appPackage/ (`npx tsx scripts/generateAppIcons.ts`).
 * `--check` writes nothing and exits 1 when a committed icon differs from a fresh render.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { drawColorIcon, drawOutlineIcon } from './lib/appIconArt';
import { encodePng, type RgbaImage } from './lib/encodePng';

const REPO_ROOT = join(__dirname, '..');

/** Icon file names as the manifest's `icons` section refers to them. */
export const APP_ICONS: ReadonlyArray<{ file: string; draw: () => RgbaImage }> = [
  { file: join('appPackage', 'color.png'), draw: drawColorIcon },
  { file: join('appPackage', 'outline.png'), draw: drawOutlineIcon },
];

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  let stale = 0;
  for (const icon of APP_ICONS) {
    const path = join(REPO_ROOT, icon.file);
    const png = encodePng(icon.draw());
    const shown = relative(process.cwd(), path) || icon.file;
    if (check) {
      const same = existsSync(path) && readFileSync(path).equals(png);
      if (!same) stale += 1;
      process.stderr.write(`${same ? 'ok   ' : 'STALE'} ${shown}\n`);
    } else {
      writeFileSync(path, png);
      process.stderr.write(`wrote ${shown} (${png.length} bytes)\n`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
