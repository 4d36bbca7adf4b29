export * from './rescheduling.apply';
export * from './rescheduling.repo';
export * from './rescheduling.service';
