import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
