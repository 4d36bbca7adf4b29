import { type AccessScope, ALL_BRANCHES, branchSubtree } from '@daihou/db';

/**
 * Who may do what: the one table of roles and permissions (GLOSSARY.md roles, plus `admin`). A route
 * names the permission it needs; what a user may see is their scope (below). Nothing else in the server
 * decides access.
 */
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

/** Roles that see the whole book; every other role sees its branch's subtree. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'risk_head', 'auditor'];

const EVERYONE = ROLES;

export const PERMISSION_TABLE = {
  /** Loan list, loan detail, payoff, prepayment and repayment-allocation quotes (试算; they write nothing). */
  'loans:read': EVERYONE,
  /**
   * Export the loan register of a filter to Excel (personal data masked, audited as loans.export): the
   * roles that read reports; a collector works case by case.
   */
  'loans:export': [
    'admin',
    'account_manager',
    'post_loan_officer',
    'credit_reviewer',
    'department_head',
    'risk_head',
    'auditor',
  ],
  /** The branch tree inside your scope (the branch pickers). */
  'branches:read': EVERYONE,
  /**
   * The active account managers of the branches inside your scope, name and branch only (the register's
   * manager filter): whoever reads the register, so the same roles as loans:read.
   */
  'account_managers:read': EVERYONE,
  /** Customer list and the customer view (客户360), personal data masked. */
  'customers:read': EVERYONE,
  /** Book a repayment on the business date. */
  'repayments:book': ['account_manager', 'post_loan_officer'],
  /** Book a partial prepayment or a payoff. */
  'prepayments:book': ['account_manager', 'post_loan_officer'],
  /** Portfolio report (buckets, classes, NPL ratio, provision coverage). */
  'reports:read': [
    'admin',
    'account_manager',
    'post_loan_officer',
    'credit_reviewer',
    'department_head',
    'risk_head',
    'auditor',
  ],
  /** Ask for a change that needs a second person: a class override or a same-day repayment reversal (maker). */
  'approvals:request': ['account_manager', 'post_loan_officer'],
  /** The maker–checker queue inside your scope (makers follow their requests, checkers find work). */
  'approvals:read': [
    'admin',
    'account_manager',
    'post_loan_officer',
    'credit_reviewer',
    'department_head',
    'risk_head',
    'auditor',
  ],
  /** Reach the approve/reject endpoints; which kinds a checker may decide is the per-kind permission below. */
  'approvals:decide': ['admin', 'credit_reviewer', 'department_head', 'risk_head'],
  /** Checker of a 五级分类 manual override (the db kind's permission name). */
  'classification.override.approve': ['credit_reviewer', 'department_head', 'risk_head'],
  /** Checker of a same-day repayment reversal (冲正): money moves back, so heads only. */
  'repayment.reversal.approve': ['department_head', 'risk_head'],
  /** Apply for an extension (展期) or a restructuring (重组) of a loan (maker, RULES.md §12). */
  'rescheduling:request': ['account_manager', 'post_loan_officer'],
  /** Checker of an extension: the schedule and the guarantee change, so heads only. */
  'loan.extension.approve': ['department_head', 'risk_head'],
  /** Checker of a restructuring (RULES.md §5, §12): heads only. */
  'loan.restructure.approve': ['department_head', 'risk_head'],
  /** Checker of a user's role change: another administrator. */
  'user.role_change.approve': ['admin'],
  /** Read the audit trail. */
  'audit:read': ['admin', 'risk_head', 'auditor'],
  /** Verify the audit trail's hash chain. */
  'audit:verify': ['admin', 'auditor'],
  /**
   * Full ID number and phone of a customer in scope (audited as customer.view_unmasked): the people who
   * contact customers. Reviewers, heads, auditors and administrators work with the masked view.
   */
  'customers:unmask': ['account_manager', 'post_loan_officer', 'collector'],
  /** Users: list, create, ask for a role change. */
  'users:admin': ['admin'],
  /** Start end of day for the business date. */
  'eod:run': ['admin', 'risk_head'],
  /** End-of-day progress. */
  'eod:read': ['admin', 'risk_head', 'auditor'],
  /** Inspection tasks, reports and key customers inside your scope (RULES.md §9). */
  'inspections:read': [
    'admin',
    'account_manager',
    'post_loan_officer',
    'credit_reviewer',
    'department_head',
    'risk_head',
    'auditor',
  ],
  /** Create an ad-hoc inspection, submit a report: the people who visit the customer. */
  'inspections:write': ['account_manager', 'post_loan_officer'],
  /** Approve (sign) or return an inspection report: credit reviewer or department head, never its author. */
  'inspections:review': ['credit_reviewer', 'department_head'],
  /** Checker of a manual key-customer flag (the db kind's permission name). */
  'key_customer.flag.approve': ['department_head', 'risk_head'],
  /** The warning board and a warning's evidence and measures (RULES.md §11): heads, risk, post-loan officers. */
  'warnings:read': ['post_loan_officer', 'department_head', 'risk_head', 'auditor'],
  /** Confirm, dismiss, add measures to and lift warnings. */
  'warnings:decide': ['department_head', 'risk_head'],
  /**
   * The credit archive (信贷档案) inside your scope: a customer's documents, versions, downloads (every view and
   * download audited), check-outs, the yearly check. Not admin: an IT administrator does not read credit files.
   */
  'archive:read': [
    'account_manager',
    'post_loan_officer',
    'credit_reviewer',
    'department_head',
    'risk_head',
    'auditor',
  ],
  /** File documents and new versions, check paper files out and back: the people who keep the files. */
  'archive:write': ['account_manager', 'post_loan_officer'],
  /** Checker of an archive destruction after retention (the db kind's permission name). */
  'archive.destruction.approve': ['department_head', 'risk_head'],
  /** Collection cases inside your scope (RULES.md §12). */
  'collection:read': ['collector', 'department_head', 'risk_head', 'auditor'],
  /** Record contacts and promises to pay on a case. */
  'collection:act': ['collector'],
  /** Reassign a case to another collector (handover, workload). */
  'collection:assign': ['department_head', 'risk_head'],
  /** A loan's recovery file (write-off, recoveries, litigation, demands, clocks, plan) and the plan list. */
  'recovery:read': [
    'account_manager',
    'post_loan_officer',
    'credit_reviewer',
    'department_head',
    'risk_head',
    'collector',
    'auditor',
  ],
  /** Litigation steps, demands and acknowledgements, recovery plans and their monthly reviews. */
  'recovery:write': ['post_loan_officer', 'collector', 'department_head'],
  /** Ask for a write-off (maker of loan_write_off). */
  'write_off:request': ['post_loan_officer', 'department_head'],
  /** Checker of a write-off (核销): the risk head only, never the maker (the db kind's permission name). */
  'loan.write_off.approve': ['risk_head'],
  /** Book money recovered on a written-off loan (the people who book repayments). */
  'recoveries:book': ['account_manager', 'post_loan_officer'],
  /** The interest cap, the LPR table and the cap check. */
  'interest_caps:read': EVERYONE,
  /** Change the cap and the LPR table. */
  'interest_caps:admin': ['admin'],
  /**
   * Handovers (离职移交) inside your scope, and the orphan check: the people who hand over or take over,
   * their heads, risk, audit and the administrators who deactivate users.
   */
  'handover:read': [
    'admin',
    'account_manager',
    'post_loan_officer',
    'collector',
    'department_head',
    'risk_head',
    'auditor',
  ],
  /** Draft, preview and cancel a handover; sign for a deactivated departing user: the department head. */
  'handover:write': ['department_head'],
  /** Sign a handover you are a party to (departing user or successor). */
  'handover:sign': ['account_manager', 'post_loan_officer', 'collector', 'department_head'],
  /**
   * Set a debtor's stop flag (complaint, dispute, deceased, litigation; RULES.md §10): it only restricts
   * contact, so everyone who deals with the debtor may set one.
   */
  'stopflags:set': ['account_manager', 'post_loan_officer', 'collector', 'department_head', 'risk_head'],
  /** Lift a stop flag (automated contact resumes): heads only, never the person who set it. */
  'stopflags:lift': ['department_head', 'risk_head'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSION_TABLE;
export const PERMISSIONS = Object.keys(PERMISSION_TABLE) as Permission[];

/** Role names stored on a user that this version knows; unknown ones grant nothing. */
export const knownRoles = (roles: readonly string[]): Role[] => ROLES.filter((r) => roles.includes(r));

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(
    PERMISSIONS.filter((p) => (PERMISSION_TABLE[p] as readonly Role[]).some((r) => roles.includes(r))),
  );
}

/** The part of the book a user sees: all of it with a global role, else their branch's subtree. */
export const scopeOf = (roles: readonly Role[], branchPath: string): AccessScope =>
  roles.some((r) => GLOBAL_ROLES.includes(r)) ? ALL_BRANCHES : branchSubtree(branchPath);
