export * from './waterfall';
