export * from './financial-ratios';
export * from './inspection-findings';
export * from './inspection-plan';
export * from './inspection-settings';
export * from './key-customers';
