export * from './amortize';
export * from './generate-schedule';
export * from './installment';
export * from './period-rate';
