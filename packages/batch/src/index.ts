export * from './eod-context';
export * from './eod-settings';
export * from './runner';
export * from './steps/index';
