export * from './eod-loans.bulk';
export * from './eod-run.repo';
export * from './run-level.sql';
