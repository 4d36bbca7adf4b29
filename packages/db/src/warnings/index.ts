export * from './warning.repo';
export * from './warning-raising';
