import { applyRescheduling, prepareRescheduling } from '../../restructure/rescheduling.apply';
import { type ExtensionPayload, extensionPayloadSchema } from '../../restructure/rescheduling.service';
import { defineApprovalKind, locateLoan } from '../approval-kind';

export const LOAN_EXTENSION_PERMISSION = 'loan.extension.approve';

/**
 * 展期 (RULES.md §12): applied for before maturity, within the cumulative limit, with every guarantor's
 * consent; approved by a second person. The new schedule takes effect at approval
 * (docs/domain/restructuring-and-extension.md).
 */
export const loanExtensionKind = defineApprovalKind<ExtensionPayload>({
  kind: 'loan_extension',
  objectType: 'loan',
  permission: LOAN_EXTENSION_PERMISSION,
  payloadSchema: extensionPayloadSchema,
  locate: locateLoan,
  prepare: (tx, loanId, payload) => prepareRescheduling(tx, loanId, 'extension', payload),
  apply: (tx, ctx) => applyRescheduling(tx, 'extension', ctx),
});
