export * from './demand.repo';
export * from './interest-cap.repo';
export * from './litigation.repo';
export * from './recovery-loan';
export * from './recovery-plan.repo';
export * from './write-off.repo';
