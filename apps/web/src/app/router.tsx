import { type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '../api/types';
import { ChangePasswordPage } from '../features/auth/pages/change-password.page';
import { LoginPage } from '../features/auth/pages/login.page';
import { Forbidden, NotFound } from '../shared/components/results';
import { Loading } from '../shared/components/states';
import { AppLayout, firstAllowedPath } from './layout/app-layout';
import { RequireSession } from './layout/require-session';
import {
  ApprovalsPage,
  ArchiveCheckoutsPage,
  CasePage,
  CirclePage,
  CirclesPage,
  CollectionQueuePage,
  CustomerArchivePage,
  CustomerListPage,
  CustomerPage,
  DashboardPage,
  EodPage,
  HandoverDetailPage,
  HandoverPage,
  InspectionReviewPage,
  InspectionTaskPage,
  InspectionTasksPage,
  KeyCustomersPage,
  LoanListPage,
  LoanPage,
  WarningBoardPage,
  WarningPage,
} from './pages';
import { can, useMe } from './session';

function Page({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: me } = useMe();
  if (!can(me, permission)) return <Forbidden />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Home() {
  const { data: me } = useMe();
  return <Navigate to={firstAllowedPath(me ?? null) ?? '/login'} replace />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/password',
    element: (
      <RequireSession>
        <ChangePasswordPage />
      </RequireSession>
    ),
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Home /> },
      {
        path: 'dashboard',
        element: (
          <Page permission="reports:read">
            <DashboardPage />
          </Page>
        ),
      },
      {
        path: 'loans',
        element: (
          <Page permission="loans:read">
            <LoanListPage />
          </Page>
        ),
      },
      {
        path: 'loans/:id',
        element: (
          <Page permission="loans:read">
            <LoanPage />
          </Page>
        ),
      },
      {
        path: 'customers',
        element: (
          <Page permission="customers:read">
            <CustomerListPage />
          </Page>
        ),
      },
      {
        path: 'inspections',
        element: (
          <Page permission="inspections:read">
            <InspectionTasksPage />
          </Page>
        ),
      },
      {
        path: 'inspections/tasks/:id',
        element: (
          <Page permission="inspections:read">
            <InspectionTaskPage />
          </Page>
        ),
      },
      {
        path: 'inspection-review',
        element: (
          <Page permission="inspections:review">
            <InspectionReviewPage />
          </Page>
        ),
      },
      {
        path: 'key-customers',
        element: (
          <Page permission="inspections:read">
            <KeyCustomersPage />
          </Page>
        ),
      },
      {
        path: 'approvals',
        element: (
          <Page permission="approvals:read">
            <ApprovalsPage />
          </Page>
        ),
      },
      {
        path: 'customers/:id/archive',
        element: (
          <Page permission="archive:read">
            <CustomerArchivePage />
          </Page>
        ),
      },
      {
        path: 'archive/checkouts',
        element: (
          <Page permission="archive:read">
            <ArchiveCheckoutsPage />
          </Page>
        ),
      },
      {
        path: 'handover',
        element: (
          <Page permission="handover:read">
            <HandoverPage />
          </Page>
        ),
      },
      {
        path: 'handover/:id',
        element: (
          <Page permission="handover:read">
            <HandoverDetailPage />
          </Page>
        ),
      },
      {
        path: 'customers/:id',
        element: (
          <Page permission="customers:read">
            <CustomerPage />
          </Page>
        ),
      },
      {
        path: 'eod',
        element: (
          <Page permission="eod:read">
            <EodPage />
          </Page>
        ),
      },
      {
        path: 'warnings',
        element: (
          <Page permission="warnings:read">
            <WarningBoardPage />
          </Page>
        ),
      },
      {
        path: 'warnings/:id',
        element: (
          <Page permission="warnings:read">
            <WarningPage />
          </Page>
        ),
      },
      {
        path: 'guarantee-circles',
        element: (
          <Page permission="warnings:read">
            <CirclesPage />
          </Page>
        ),
      },
      {
        path: 'guarantee-circles/:id',
        element: (
          <Page permission="warnings:read">
            <CirclePage />
          </Page>
        ),
      },
      {
        path: 'collection',
        element: (
          <Page permission="collection:read">
            <CollectionQueuePage />
          </Page>
        ),
      },
      {
        path: 'collection/cases/:id',
        element: (
          <Page permission="collection:read">
            <CasePage />
          </Page>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
