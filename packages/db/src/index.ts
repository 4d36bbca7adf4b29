export * from './connect';
export * from './migrate';
export * from './sql-client';
