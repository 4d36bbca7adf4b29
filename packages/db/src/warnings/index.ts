export * from './guarantee-circle.repo';
export * from './warning.repo';
export * from './warning-raising';
