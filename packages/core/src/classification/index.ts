export * from './classification';
export * from './dpd-floor';
