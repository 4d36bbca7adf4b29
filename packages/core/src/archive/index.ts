export * from './archive-file-type';
export * from './archive-rules';
