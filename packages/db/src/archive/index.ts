export * from './archive-check-report';
export * from './archive-checkout.repo';
export * from './archive-document.repo';
export * from './inspection-report.archive';
export * from './inspection-report.pdf';
