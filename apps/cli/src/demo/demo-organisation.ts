/**
 * The demo bank's organisation (CONTRACT.md "Demo data"): head office HQ, branches A and B, sub-branches
 * A01, A02, B01, B02, and one user per role in the branches. Fixed, not seeded: people log in with these
 * names whatever the seed.
 */

export type BranchLevel = 'head_office' | 'branch' | 'sub_branch';

export interface DemoBranch {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly level: BranchLevel;
  readonly path: string;
}

export const DEMO_BRANCHES: readonly DemoBranch[] = [
  { id: 'HQ', parentId: null, name: '总行', level: 'head_office', path: '/HQ/' },
  { id: 'A', parentId: 'HQ', name: '城东分行', level: 'branch', path: '/HQ/A/' },
  { id: 'B', parentId: 'HQ', name: '城西分行', level: 'branch', path: '/HQ/B/' },
  { id: 'A01', parentId: 'A', name: '城东分行解放路支行', level: 'sub_branch', path: '/HQ/A/A01/' },
  { id: 'A02', parentId: 'A', name: '城东分行人民路支行', level: 'sub_branch', path: '/HQ/A/A02/' },
  { id: 'B01', parentId: 'B', name: '城西分行建设路支行', level: 'sub_branch', path: '/HQ/B/B01/' },
  { id: 'B02', parentId: 'B', name: '城西分行新华路支行', level: 'sub_branch', path: '/HQ/B/B02/' },
];

/** Where customers are booked: the sub-branches, with their share of the book. */
export const DEMO_SUB_BRANCHES = [
  ['A01', 3],
  ['A02', 3],
  ['B01', 2],
  ['B02', 2],
] as const;

/** Role identifiers of GLOSSARY.md (plus `admin`, who manages users and settings). */
export const ROLES = [
  'admin',
  'account_manager',
  'post_loan_officer',
  'credit_reviewer',
  'department_head',
  'risk_head',
  'collector',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly branchId: string;
  readonly roles: readonly Role[];
}

export const DEMO_PASSWORD = 'daihou-demo';

export const DEMO_USERS: readonly DemoUser[] = [
  // Head office: global roles.
  { username: 'admin', displayName: '系统管理员', branchId: 'HQ', roles: ['admin'] },
  { username: 'risk.head', displayName: '郑国栋', branchId: 'HQ', roles: ['risk_head'] },
  { username: 'auditor', displayName: '沈慧敏', branchId: 'HQ', roles: ['auditor'] },
  { username: 'head.hq', displayName: '钱立新', branchId: 'HQ', roles: ['department_head'] },
  { username: 'reviewer.hq', displayName: '蒋文静', branchId: 'HQ', roles: ['credit_reviewer'] },
  // Branch A (城东分行).
  { username: 'manager.a', displayName: '王建国', branchId: 'A', roles: ['account_manager'] },
  { username: 'officer.a', displayName: '李秀英', branchId: 'A', roles: ['post_loan_officer'] },
  { username: 'reviewer.a', displayName: '张志强', branchId: 'A', roles: ['credit_reviewer'] },
  { username: 'head.a', displayName: '刘振华', branchId: 'A', roles: ['department_head'] },
  { username: 'collector.a', displayName: '陈勇', branchId: 'A', roles: ['collector'] },
  // Branch B (城西分行).
  { username: 'manager.b', displayName: '杨丽娟', branchId: 'B', roles: ['account_manager'] },
  { username: 'officer.b', displayName: '黄海涛', branchId: 'B', roles: ['post_loan_officer'] },
  { username: 'reviewer.b', displayName: '赵敏', branchId: 'B', roles: ['credit_reviewer'] },
  { username: 'head.b', displayName: '周宏伟', branchId: 'B', roles: ['department_head'] },
  { username: 'collector.b', displayName: '吴俊杰', branchId: 'B', roles: ['collector'] },
  // Sub-branches: the account managers who keep most of the customers.
  { username: 'manager.a01', displayName: '徐晓燕', branchId: 'A01', roles: ['account_manager'] },
  { username: 'manager.a02', displayName: '孙鹏飞', branchId: 'A02', roles: ['account_manager'] },
  { username: 'manager.b01', displayName: '马婷婷', branchId: 'B01', roles: ['account_manager'] },
  { username: 'manager.b02', displayName: '朱浩然', branchId: 'B02', roles: ['account_manager'] },
  { username: 'officer.a01', displayName: '胡佳怡', branchId: 'A01', roles: ['post_loan_officer'] },
  { username: 'officer.b01', displayName: '郭凯', branchId: 'B01', roles: ['post_loan_officer'] },
];

/** The account managers a customer booked at a sub-branch may have: its own, or its branch's. */
export function managersFor(subBranchId: string): readonly [string, number][] {
  const branch = subBranchId.slice(0, 1).toLowerCase();
  return [
    [`manager.${subBranchId.toLowerCase()}`, 3],
    [`manager.${branch}`, 1],
  ];
}
