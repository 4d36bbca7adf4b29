export * from './guarantee-circles';
export * from './warning-signals';
