export * from './classification';
export * from './classify';
export * from './dpd-floor';
