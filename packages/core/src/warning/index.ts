export * from './guarantee-circles';
export * from './inspection-signals';
export * from './warning-signals';
