export * from './fen';
export * from './rounding';
