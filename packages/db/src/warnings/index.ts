export * from './guarantee-circle.repo';
export * from './inspection-warnings';
export * from './warning.repo';
export * from './warning-raising';
