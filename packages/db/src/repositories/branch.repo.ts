import { badInput } from '@daihou/core';
import type { Sql } from '../sql-client';

export const BRANCH_LEVELS = ['head_office', 'branch', 'sub_branch'] as const;
export type BranchLevel = (typeof BRANCH_LEVELS)[number];

/** A node of the organisation tree (总行 / 分行 / 支行). */
export interface Branch {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly level: BranchLevel;
  /** Materialised path, e.g. '/HQ/A/A01/': a subtree is every branch whose path starts with it. */
  readonly path: string;
}

export interface BranchNode extends Branch {
  readonly children: readonly BranchNode[];
}

export interface NewBranch {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly level: BranchLevel;
}

interface BranchRow {
  id: string;
  parent_id: string | null;
  name: string;
  level: BranchLevel;
  path: string;
}

const COLUMNS = 'id, parent_id, name, level, path';

const toBranch = (r: BranchRow): Branch => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  level: r.level,
  path: r.path,
});

/** Creates a branch under its parent (or a root when parentId is null); its path follows the parent's. */
export async function createBranch(sql: Sql, input: NewBranch): Promise<Branch> {
  // The id is a segment of the materialised path, so '/' inside it would corrupt every prefix match.
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(input.id)) {
    throw badInput('id', `"${input.id}" must be 1–32 letters, digits, '_' or '-'`);
  }
  let parentPath = '/';
  if (input.parentId !== null) {
    const parent = await findBranch(sql, input.parentId);
    if (!parent) throw badInput('parentId', `no branch "${input.parentId}"`);
    parentPath = parent.path;
  }
  const rows = await sql.query<BranchRow>(
    `insert into branch (id, parent_id, name, level, path) values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
    [input.id, input.parentId, input.name, input.level, `${parentPath}${input.id}/`],
  );
  return toBranch(rows[0]!);
}

export async function findBranch(sql: Sql, id: string): Promise<Branch | null> {
  const rows = await sql.query<BranchRow>(`select ${COLUMNS} from branch where id = $1`, [id]);
  return rows[0] ? toBranch(rows[0]) : null;
}

/** Every branch, parents before children (ordered by path). */
export async function listBranches(sql: Sql): Promise<Branch[]> {
  const rows = await sql.query<BranchRow>(`select ${COLUMNS} from branch order by path`);
  return rows.map(toBranch);
}

/**
 * The branch with the given path and everything under it, parents first. starts_with rather than LIKE:
 * '_' is a legal id character and a LIKE wildcard.
 */
export async function listBranchSubtree(sql: Sql, pathPrefix: string): Promise<Branch[]> {
  const rows = await sql.query<BranchRow>(
    `select ${COLUMNS} from branch where starts_with(path, $1) order by path`,
    [pathPrefix],
  );
  return rows.map(toBranch);
}

/** The organisation as a forest of nested nodes (normally one root: the head office). */
export async function loadBranchTree(sql: Sql): Promise<BranchNode[]> {
  const branches = await listBranches(sql);
  const children = new Map<string | null, Branch[]>();
  for (const b of branches) {
    const list = children.get(b.parentId) ?? [];
    list.push(b);
    children.set(b.parentId, list);
  }
  const build = (b: Branch): BranchNode => ({ ...b, children: (children.get(b.id) ?? []).map(build) });
  return (children.get(null) ?? []).map(build);
}
