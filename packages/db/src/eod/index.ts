export * from './eod-loans.bulk';
export * from './eod-run.repo';
export * from './eod-run-reads';
export * from './run-level.sql';
