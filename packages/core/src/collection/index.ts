export * from './collection-strategy';
export * from './contact-policy';
