export * from './handover.service';
export * from './handover-book';
export * from './handover-orphans';
