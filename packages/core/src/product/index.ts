export * from './loan-terms';
export * from './validate-terms';
