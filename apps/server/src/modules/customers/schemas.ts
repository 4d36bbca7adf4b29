import { CUSTOMER_SORT_KEYS } from '@daihou/db';
import { z } from 'zod';
import {
  branchIdText,
  idText,
  optionalQuery,
  pageQuery,
  searchText,
  sortOf,
} from '../../shared/request-schemas';
import { loanListItemSchema } from '../loans/schemas';

export const customerListQuerySchema = z.strictObject({
  ...pageQuery,
  branchId: optionalQuery(branchIdText).describe('this branch and the branches under it'),
  managerId: optionalQuery(idText),
  customerType: optionalQuery(z.enum(['individual', 'enterprise'])),
  q: optionalQuery(searchText).describe('part of customer number or name, or a whole ID number or phone'),
  sort: sortOf(CUSTOMER_SORT_KEYS, 'customerNo').describe(
    `one of ${CUSTOMER_SORT_KEYS.join(', ')}; '-' for descending`,
  ),
});
export type CustomerListQuery = z.output<typeof customerListQuerySchema>;

const yuan = z.string().describe('yuan, two decimals');
const masked = z.string().describe('masked (1101**********1234, 138****5678)');

export const customerListItemSchema = z.object({
  id: z.string(),
  customerNo: z.string(),
  name: z.string(),
  customerType: z.enum(['individual', 'enterprise']),
  idType: z.string(),
  idNumber: masked,
  phone: masked.nullable(),
  industry: z.string().nullable(),
  region: z.string().nullable(),
  branchId: z.string(),
  managerId: z.string().nullable(),
  activeLoans: z.number().int(),
  principalOwed: yuan,
  maxDpd: z.number().int(),
  isKeyCustomer: z.boolean().describe('a key customer (重点客户) today'),
});

const guaranteeSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  contractNo: z.string(),
  borrowerId: z.string(),
  borrowerName: z.string(),
  guarantorCustomerId: z.string().nullable(),
  guarantorName: z.string(),
  guarantorIdType: z.string(),
  guarantorIdNumber: masked,
  guarantorPhone: masked.nullable(),
  guaranteeType: z.enum(['joint_several', 'general']),
  amount: yuan,
  startDate: z.string(),
  endDate: z.string(),
});

const collateralSchema = z.object({
  id: z.string(),
  contractId: z.string(),
  contractNo: z.string(),
  ownerCustomerId: z.string().nullable(),
  collateralType: z.string(),
  description: z.string(),
  value: yuan,
  valuationDate: z.string(),
  registrationNo: z.string().nullable(),
  insuranceExpiry: z.string().nullable(),
  registrationExpiry: z.string().nullable(),
});

const customerEventSchema = z.object({
  id: z.string(),
  loanId: z.string(),
  loanNo: z.string(),
  businessDate: z.string(),
  eventType: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  rule: z.string().nullable(),
  actor: z.string(),
  payload: z.unknown(),
});

export const customerDetailSchema = customerListItemSchema.extend({
  loans: z.array(loanListItemSchema),
  guaranteesReceived: z.array(guaranteeSchema).describe("guarantees securing this customer's contracts"),
  guaranteesGiven: z
    .array(guaranteeSchema)
    .describe('guarantees this customer gave, on contracts inside your scope'),
  guaranteesGivenOutsideScope: z
    .number()
    .int()
    .describe('guarantees it gave on contracts outside your scope'),
  collateral: z.array(collateralSchema),
  events: z.array(customerEventSchema).describe('the latest 100 events of its loans, newest first'),
  contacts: z
    .array(
      z.object({
        id: z.string(),
        loanId: z.string(),
        loanNo: z.string(),
        date: z.string(),
        time: z.string().describe('HH:MM, the borrower’s local time'),
        channel: z.enum(['phone', 'sms', 'letter', 'visit', 'legal']),
        target: z.enum(['debtor', 'guarantor', 'third_party']),
        contactPoint: masked.describe('the phone (138****5678) or address (first characters) used'),
        outcome: z.string(),
        actor: z.string(),
      }),
    )
    .describe('the latest 50 contacts recorded on its loans (collection), newest first'),
});

export const personalDataSchema = z
  .object({
    id: z.string(),
    customerNo: z.string(),
    name: z.string(),
    idType: z.string(),
    idNumber: z.string().describe('in full'),
    phone: z.string().nullable().describe('in full'),
  })
  .describe('Unmasked personal data; every call is recorded in the audit trail (customer.view_unmasked)');
