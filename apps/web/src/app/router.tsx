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
  CasePage,
  CirclePage,
  CirclesPage,
  CollectionQueuePage,
  CustomerListPage,
  DashboardPage,
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
