import { lazy } from 'react';

// Each page is its own chunk: the login page and the shell load first, a page's code when it is opened
// (the dashboard's ECharts only with the dashboard). The login page warms the chunks while the user
// types (preloadPages), so the first page after sign-in does not wait for its code.
// (React.lazy wants a default export; the pages keep the house's named exports.)
const loadDashboard = () =>
  import('../features/dashboard/pages/dashboard.page').then((m) => ({ default: m.DashboardPage }));
const loadLoanList = () =>
  import('../features/loans/pages/loan-list.page').then((m) => ({ default: m.LoanListPage }));
const loadLoan = () => import('../features/loans/pages/loan.page').then((m) => ({ default: m.LoanPage }));
const loadCustomerList = () =>
  import('../features/customers/pages/customer-list.page').then((m) => ({ default: m.CustomerListPage }));
const loadApprovals = () =>
  import('../features/approvals/pages/approvals.page').then((m) => ({ default: m.ApprovalsPage }));
const loadHandover = () =>
  import('../features/handover/pages/handover.page').then((m) => ({ default: m.HandoverPage }));
const loadHandoverDetail = () =>
  import('../features/handover/pages/handover-detail.page').then((m) => ({ default: m.HandoverDetailPage }));
const loadCustomer = () =>
  import('../features/customers/pages/customer.page').then((m) => ({ default: m.CustomerPage }));
const loadEod = () => import('../features/eod/pages/eod.page').then((m) => ({ default: m.EodPage }));
const loadWarningBoard = () =>
  import('../features/warnings/pages/warning-board.page').then((m) => ({ default: m.WarningBoardPage }));
const loadWarning = () =>
  import('../features/warnings/pages/warning.page').then((m) => ({ default: m.WarningPage }));
const loadCircles = () =>
  import('../features/warnings/pages/circles.page').then((m) => ({ default: m.CirclesPage }));
const loadCircle = () =>
  import('../features/warnings/pages/circles.page').then((m) => ({ default: m.CirclePage }));
const loadCollectionQueue = () =>
  import('../features/collection/pages/collection-queue.page').then((m) => ({
    default: m.CollectionQueuePage,
  }));
const loadCase = () =>
  import('../features/collection/pages/case.page').then((m) => ({ default: m.CasePage }));

const loadInspectionTasks = () =>
  import('../features/inspections/pages/my-tasks.page').then((m) => ({ default: m.MyTasksPage }));
const loadInspectionTask = () =>
  import('../features/inspections/pages/task.page').then((m) => ({ default: m.InspectionTaskPage }));
const loadReviewQueue = () =>
  import('../features/inspections/pages/review-queue.page').then((m) => ({ default: m.ReviewQueuePage }));
const loadKeyCustomers = () =>
  import('../features/inspections/pages/key-customers.page').then((m) => ({ default: m.KeyCustomersPage }));
const loadCustomerArchive = () =>
  import('../features/archive/pages/customer-archive.page').then((m) => ({ default: m.CustomerArchivePage }));
const loadArchiveCheckouts = () =>
  import('../features/archive/pages/archive-checkouts.page').then((m) => ({
    default: m.ArchiveCheckoutsPage,
  }));

export const CustomerArchivePage = lazy(loadCustomerArchive);
export const ArchiveCheckoutsPage = lazy(loadArchiveCheckouts);
export const DashboardPage = lazy(loadDashboard);
export const LoanListPage = lazy(loadLoanList);
export const LoanPage = lazy(loadLoan);
export const CustomerListPage = lazy(loadCustomerList);
export const InspectionTasksPage = lazy(loadInspectionTasks);
export const InspectionTaskPage = lazy(loadInspectionTask);
export const InspectionReviewPage = lazy(loadReviewQueue);
export const KeyCustomersPage = lazy(loadKeyCustomers);
export const ApprovalsPage = lazy(loadApprovals);
export const HandoverPage = lazy(loadHandover);
export const HandoverDetailPage = lazy(loadHandoverDetail);
export const CustomerPage = lazy(loadCustomer);
export const EodPage = lazy(loadEod);
export const WarningBoardPage = lazy(loadWarningBoard);
export const WarningPage = lazy(loadWarning);
export const CirclesPage = lazy(loadCircles);
export const CirclePage = lazy(loadCircle);
export const CollectionQueuePage = lazy(loadCollectionQueue);
export const CasePage = lazy(loadCase);

export function preloadPages(): void {
  // A failed preload is harmless: the page loads (and reports errors) when it is opened.
  for (const load of [loadDashboard, loadLoanList]) load().catch(() => undefined);
}
