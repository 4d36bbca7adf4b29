export * from './day-evaluation';
export * from './ledger';
export * from './replay';
export * from './snapshot';
export * from './timeline';
