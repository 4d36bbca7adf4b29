export * from './approval.service';
export * from './approval-kind';
export * from './approval-registry';
export * from './approval-request.repo';
export * from './kinds/class-override.kind';
export * from './kinds/repayment-reversal.kind';
export * from './kinds/same-day-reversal';
export * from './kinds/user-role-change.kind';
