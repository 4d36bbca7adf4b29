export * from './bucket';
export * from './dpd';
