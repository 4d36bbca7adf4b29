import type { GetResult } from './client';

export type Me = GetResult<'/api/v1/me'>;
export type Permission = Me['permissions'][number];
export type Role = Me['roles'][number];
export type Health = GetResult<'/api/v1/health'>;
export type Portfolio = GetResult<'/api/v1/reports/portfolio'>;
export type LoanPage = GetResult<'/api/v1/loans'>;
export type LoanListItem = LoanPage['items'][number];
export type LoanDetail = GetResult<'/api/v1/loans/{id}'>;
export type Installment = LoanDetail['schedule'][number];
export type CustomerPage = GetResult<'/api/v1/customers'>;
export type CustomerListItem = CustomerPage['items'][number];
export type Bucket = LoanListItem['bucket'];
export type Classification = LoanListItem['classification'];
export type LoanStatus = LoanListItem['status'];

export const BUCKETS: readonly Bucket[] = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M7+'];
export const CLASSIFICATIONS: readonly Classification[] = [
  'normal',
  'special_mention',
  'substandard',
  'doubtful',
  'loss',
];
export const LOAN_STATUSES: readonly LoanStatus[] = ['active', 'settled', 'written_off'];
export type RepaymentMethod = LoanDetail['method'];
export const REPAYMENT_METHODS: readonly RepaymentMethod[] = [
  'equal_installment',
  'equal_principal',
  'interest_only',
  'bullet',
];
export type CustomerView = GetResult<'/api/v1/customers/{id}'>;
export type Guarantee = CustomerView['guaranteesReceived'][number];
export type Collateral = CustomerView['collateral'][number];
export type ContactRecord = CustomerView['contacts'][number];
export type CustomerEvent = CustomerView['events'][number];
export type EodRunList = GetResult<'/api/v1/eod/runs'>;
export type EodRunSummary = EodRunList['items'][number];
export type EodRun = GetResult<'/api/v1/eod/runs/{date}'>;
export type EodPartition = EodRun['partitionList'][number];
export type EodStep = EodRun['steps'][number];
export type Branch = GetResult<'/api/v1/branches'>['items'][number];
export type AccountManager = GetResult<'/api/v1/account-managers'>['items'][number];
export type PortfolioTrend = GetResult<'/api/v1/reports/portfolio-trend'>;
export type TrendPoint = PortfolioTrend['points'][number];
export type OverdueDebtors = GetResult<'/api/v1/reports/largest-overdue-debtors'>;
export type OverdueDebtor = OverdueDebtors['items'][number];
