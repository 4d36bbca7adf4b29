import { type ApprovalRegistry, approvalRegistry } from './approval-kind';
import { CLASS_OVERRIDE_PERMISSION, classOverrideKind } from './kinds/class-override.kind';
import { REPAYMENT_REVERSAL_PERMISSION, repaymentReversalKind } from './kinds/repayment-reversal.kind';

/** The kinds built in; more (fee waiver, user role change, restructure, write-off) join here. */
export const DEFAULT_APPROVAL_KINDS: ApprovalRegistry = approvalRegistry([
  classOverrideKind,
  repaymentReversalKind,
]);

/** The permission a checker needs per kind, for the server's role → permission map. */
export const APPROVAL_PERMISSIONS = {
  class_override: CLASS_OVERRIDE_PERMISSION,
  repayment_reversal: REPAYMENT_REVERSAL_PERMISSION,
} as const;
