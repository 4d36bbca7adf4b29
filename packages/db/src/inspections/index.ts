export * from './inspection-planning';
export * from './inspection-report.service';
export * from './inspection-settings.repo';
export * from './inspection-task.repo';
export * from './key-customer.repo';
export * from './warning-inspection';
