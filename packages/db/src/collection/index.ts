export * from './collection-assignment';
export * from './collection-case.batch';
export * from './collection-case.repo';
export * from './stop-flag.repo';
export * from './warnings-collection.step';
