export * from './clocks';
export * from './interest-cap';
export * from './write-off';
