import { applyRescheduling, prepareRescheduling } from '../../restructure/rescheduling.apply';
import { type RestructurePayload, restructurePayloadSchema } from '../../restructure/rescheduling.service';
import { defineApprovalKind, locateLoan } from '../approval-kind';

export const LOAN_RESTRUCTURE_PERMISSION = 'loan.restructure.approve';

/**
 * 重组 (RULES.md §12, §5): a new schedule on the same loan with the history kept, approved by a second
 * person; a restructuring for financial difficulty makes the loan at least substandard with an
 * observation period (docs/domain/restructuring-and-extension.md).
 */
export const loanRestructureKind = defineApprovalKind<RestructurePayload>({
  kind: 'loan_restructure',
  objectType: 'loan',
  permission: LOAN_RESTRUCTURE_PERMISSION,
  payloadSchema: restructurePayloadSchema,
  locate: locateLoan,
  prepare: (tx, loanId, payload) => prepareRescheduling(tx, loanId, 'restructure', payload),
  apply: (tx, ctx) => applyRescheduling(tx, 'restructure', ctx),
});
