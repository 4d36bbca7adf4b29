import {
  type CollateralView,
  type CustomerListItem,
  findCustomerInScope,
  type GuaranteeView,
  keyCustomerIdsAmong,
  listCollateralOfCustomer,
  listCustomerContacts,
  listCustomerLoanEvents,
  listCustomersInScope,
  listGuaranteesGiven,
  listGuaranteesReceived,
  listLoansInScope,
  maskIdNumber,
  maskNullable,
  maskPhone,
} from '@daihou/db';
import type { ServerContext } from '../../server-context';
import { notFound } from '../../shared/api-error';
import { branchFilterPath } from '../../shared/branch-filter';
import type { Caller } from '../../shared/caller';
import { yuan } from '../../shared/json-values';
import { loanListItemJson } from '../loans/service';
import type { CustomerListQuery } from './schemas';

/** Customers and the customer view (客户360); identification numbers and phones are always masked here. */

const EVENTS_SHOWN = 100;
const CONTACTS_SHOWN = 50;
const LOANS_SHOWN = 200;

const customerJson = (c: CustomerListItem, keys: ReadonlySet<string>) => ({
  id: c.id,
  customerNo: c.customerNo,
  name: c.name,
  customerType: c.customerType,
  idType: c.idType,
  idNumber: maskIdNumber(c.idNumber),
  phone: maskNullable(c.phone, maskPhone),
  industry: c.industry,
  region: c.region,
  branchId: c.branchId,
  managerId: c.managerId,
  activeLoans: c.activeLoans,
  principalOwed: yuan(c.principalOwed),
  maxDpd: c.maxDpd,
  isKeyCustomer: keys.has(c.id),
});

const guaranteeJson = (g: GuaranteeView) => ({
  ...g,
  guarantorIdNumber: maskIdNumber(g.guarantorIdNumber),
  guarantorPhone: maskNullable(g.guarantorPhone, maskPhone),
  amount: yuan(g.amount),
});

/** A recorded contact point: a phone masked as 138****5678, anything else (an address) cut to its start. */
export function maskContactPoint(point: string): string {
  const digits = point.replace(/[\s-]/g, '');
  if (/^\+?\d{7,}$/.test(digits)) return maskPhone(digits);
  const chars = [...point];
  return chars.length <= 4 ? '*'.repeat(chars.length) : `${chars.slice(0, 4).join('')}****`;
}

const minuteText = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const collateralJson = (k: CollateralView) => ({ ...k, value: yuan(k.value) });

export async function listCustomers(ctx: ServerContext, caller: Caller, q: CustomerListQuery) {
  const page = await listCustomersInScope(
    ctx.db,
    caller.scope,
    {
      branchPath: await branchFilterPath(ctx.db, caller.scope, q.branchId),
      managerId: q.managerId,
      customerType: q.customerType,
      text: q.q,
      sort: q.sort,
    },
    { page: q.page, pageSize: q.pageSize },
  );
  const keys = await keyCustomerIdsAmong(
    ctx.db,
    page.items.map((c) => c.id),
  );
  return {
    items: page.items.map((c) => customerJson(c, keys)),
    total: page.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function customerDetail(ctx: ServerContext, caller: Caller, customerId: string) {
  const customer = await findCustomerInScope(ctx.db, caller.scope, customerId);
  if (!customer) throw notFound(`customer ${customerId}`, 'id');
  const loans = await listLoansInScope(
    ctx.db,
    caller.scope,
    { customerId, sort: { key: 'disbursementDate', descending: true } },
    { page: 1, pageSize: LOANS_SHOWN },
  );
  const received = await listGuaranteesReceived(ctx.db, customerId);
  const given = await listGuaranteesGiven(ctx.db, caller.scope, customerId);
  const collateral = await listCollateralOfCustomer(ctx.db, customerId);
  const events = await listCustomerLoanEvents(ctx.db, caller.scope, customerId, EVENTS_SHOWN);
  const keys = await keyCustomerIdsAmong(ctx.db, [customerId]);
  const contacts = await listCustomerContacts(ctx.db, caller.scope, customerId, CONTACTS_SHOWN);
  return {
    ...customerJson(customer, keys),
    loans: loans.items.map((l) => loanListItemJson(l, keys)),
    guaranteesReceived: received.map(guaranteeJson),
    guaranteesGiven: given.visible.map(guaranteeJson),
    guaranteesGivenOutsideScope: given.outsideScope,
    collateral: collateral.map(collateralJson),
    events,
    contacts: contacts.map(({ minuteOfDay, contactPoint, ...c }) => ({
      ...c,
      time: minuteText(minuteOfDay),
      channel: c.channel as 'phone',
      target: c.target as 'debtor',
      contactPoint: maskContactPoint(contactPoint),
    })),
  };
}

/**
 * The customer's identification number and phone in full (issue #4: an explicit unmask call, permitted
 * to some roles, audited by the route). Outside the caller's scope the customer does not exist (404).
 */
export async function customerPersonalData(ctx: ServerContext, caller: Caller, customerId: string) {
  const c = await findCustomerInScope(ctx.db, caller.scope, customerId);
  if (!c) throw notFound(`customer ${customerId}`, 'id');
  return {
    branchId: c.branchId,
    view: {
      id: c.id,
      customerNo: c.customerNo,
      name: c.name,
      idType: c.idType,
      idNumber: c.idNumber,
      phone: c.phone,
    },
  };
}
