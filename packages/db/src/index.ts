export * from './connect';
export * from './migrate';
export * from './repositories/system-state.repo';
export * from './sql-client';
