import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { configError } from '../shared/errors';
import { formatZodError } from '../shared/zodMessage';

export const ROLES = ['marketer', 'approver', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** AAD object ids are opaque strings here: the local Playground's ids are not GUIDs. */
const userIdList = z.array(z.union([z.string().min(1), z.number()]).transform(String)).nullish();

const rolesFileSchema = z.object({
  marketers: userIdList,
  approvers: userIdList,
  managers: userIdList,
});

export interface RoleAssignments {
  marketers: ReadonlySet<string>;
  approvers: ReadonlySet<string>;
  managers: ReadonlySet<string>;
}

export function parseRoles(text: string, source: string): RoleAssignments {
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (error) {
    throw configError(
      `${source}: not valid YAML (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const parsed = rolesFileSchema.safeParse(raw);
  if (!parsed.success) throw configError(`${source}: ${formatZodError(parsed.error)}`);
  return {
    marketers: new Set(parsed.data.marketers ?? []),
    approvers: new Set(parsed.data.approvers ?? []),
    managers: new Set(parsed.data.managers ?? []),
  };
}

/**
 * Roles from the YAML file named by CPO_ROLES_FILE. Re-read when the file changes, so an admin can grant
 * a role without restarting the bot; a broken edit keeps the last good assignments.
 */
export class RoleDirectory {
  private assignments: RoleAssignments;
  private loadedMtimeMs: number;

  constructor(
    private readonly file: string,
    private readonly onReloadError: (message: string) => void = () => undefined,
  ) {
    this.assignments = parseRoles(readFileSync(file, 'utf8'), file);
    this.loadedMtimeMs = statSync(file).mtimeMs;
  }

  private refresh(): void {
    try {
      const mtimeMs = statSync(this.file).mtimeMs;
      if (mtimeMs === this.loadedMtimeMs) return;
      this.assignments = parseRoles(readFileSync(this.file, 'utf8'), this.file);
      this.loadedMtimeMs = mtimeMs;
    } catch (error) {
      this.onReloadError(error instanceof Error ? error.message : String(error));
    }
  }

  rolesOf(userId: string): Role[] {
    this.refresh();
    const roles: Role[] = [];
    if (this.assignments.marketers.has(userId)) roles.push('marketer');
    if (this.assignments.approvers.has(userId)) roles.push('approver');
    if (this.assignments.managers.has(userId)) roles.push('manager');
    return roles;
  }

  membersOf(role: Role): string[] {
    this.refresh();
    const key = ({ marketer: 'marketers', approver: 'approvers', manager: 'managers' } as const)[role];
    return [...this.assignments[key]];
  }

  has(userId: string, role: Role): boolean {
    return this.rolesOf(userId).includes(role);
  }
}
