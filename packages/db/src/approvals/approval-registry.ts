import { KEY_CUSTOMER_FLAG_PERMISSION, keyCustomerFlagKind } from '../inspections/key-customer.repo';
import { type ApprovalRegistry, approvalRegistry } from './approval-kind';
import { ARCHIVE_DESTRUCTION_PERMISSION, archiveDestructionKind } from './kinds/archive-destruction.kind';
import { CLASS_OVERRIDE_PERMISSION, classOverrideKind } from './kinds/class-override.kind';
import { LOAN_EXTENSION_PERMISSION, loanExtensionKind } from './kinds/loan-extension.kind';
import { LOAN_RESTRUCTURE_PERMISSION, loanRestructureKind } from './kinds/loan-restructure.kind';
import { LOAN_WRITE_OFF_PERMISSION, loanWriteOffKind } from './kinds/loan-write-off.kind';
import { REPAYMENT_REVERSAL_PERMISSION, repaymentReversalKind } from './kinds/repayment-reversal.kind';
import { USER_ROLE_CHANGE_PERMISSION, userRoleChangeKind } from './kinds/user-role-change.kind';

/** The kinds built in; more (fee waiver, restructure, write-off) join here. */
export const DEFAULT_APPROVAL_KINDS: ApprovalRegistry = approvalRegistry([
  classOverrideKind,
  archiveDestructionKind,
  repaymentReversalKind,
  userRoleChangeKind,
  keyCustomerFlagKind,
  loanWriteOffKind,
  loanExtensionKind,
  loanRestructureKind,
]);

/** The permission a checker needs per kind, for the server's role → permission map. */
export const APPROVAL_PERMISSIONS = {
  class_override: CLASS_OVERRIDE_PERMISSION,
  repayment_reversal: REPAYMENT_REVERSAL_PERMISSION,
  user_role_change: USER_ROLE_CHANGE_PERMISSION,
  key_customer_flag: KEY_CUSTOMER_FLAG_PERMISSION,
  loan_write_off: LOAN_WRITE_OFF_PERMISSION,
  loan_extension: LOAN_EXTENSION_PERMISSION,
  loan_restructure: LOAN_RESTRUCTURE_PERMISSION,
  archive_destruction: ARCHIVE_DESTRUCTION_PERMISSION,
} as const;
