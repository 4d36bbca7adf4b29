export * from './audit-entry.repo';
export * from './audit-hash';
export * from './audit-verify';
export * from './canonical-json';
export * from './zod-errors';
