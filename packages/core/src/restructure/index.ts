export * from './extension-limit';
export * from './observation';
export * from './reschedule';
export * from './rescheduling';
