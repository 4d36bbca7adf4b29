export * from './handover-split';
