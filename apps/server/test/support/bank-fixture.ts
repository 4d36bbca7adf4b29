import { generateSchedule, type LocalDate, parseLoanTerms } from '@daihou/core';
import {
  createBranch,
  createContract,
  createCustomer,
  createLoan,
  createUser,
  type Database,
  hashPassword,
  initBusinessDate,
  loadServicingSettings,
  type ScryptParams,
  setPasswordHash,
} from '@daihou/db';

/**
 * A small bank for API tests, built through the repositories: HQ with branches A (A01, A02) and B (B01),
 * one user per role, and loans on both sides of the A/B line so scope can be seen to hold.
 */

export const BUSINESS_DATE = '2026-03-02' as LocalDate;
export const TEST_PASSWORD = 'test-pass-2026';
/** Cheap scrypt for tests: verifying reads the cost from the hash, so logins stay fast. */
export const CHEAP_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 };

export const USERS = {
  admin: { branchId: 'HQ', roles: ['admin'] },
  'risk.head': { branchId: 'HQ', roles: ['risk_head'] },
  auditor: { branchId: 'HQ', roles: ['auditor'] },
  'manager.a': { branchId: 'A', roles: ['account_manager'] },
  'officer.a': { branchId: 'A', roles: ['post_loan_officer'] },
  'reviewer.a': { branchId: 'A', roles: ['credit_reviewer'] },
  'head.a': { branchId: 'A', roles: ['department_head'] },
  'collector.a': { branchId: 'A', roles: ['collector'] },
  'manager.b': { branchId: 'B', roles: ['account_manager'] },
  'officer.b01': { branchId: 'B01', roles: ['post_loan_officer'] },
  'retired.a': { branchId: 'A', roles: ['post_loan_officer'] },
} as const satisfies Record<string, { branchId: string; roles: readonly string[] }>;
export type Username = keyof typeof USERS;

export interface BankLoan {
  readonly id: string;
  readonly loanNo: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly branchId: string;
}

export interface Bank {
  readonly userIds: Record<Username, string>;
  /** A1 (A01), A2 (A02), B1 (B01): one customer and one loan each. */
  readonly loans: { readonly a1: BankLoan; readonly a2: BankLoan; readonly b1: BankLoan };
}

interface LoanSpec {
  readonly key: 'a1' | 'a2' | 'b1';
  readonly branchId: string;
  readonly manager: Username;
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly principal: string;
  readonly method: 'equal_installment' | 'equal_principal' | 'interest_only' | 'bullet';
}

const LOANS: readonly LoanSpec[] = [
  {
    key: 'a1',
    branchId: 'A01',
    manager: 'manager.a',
    name: '张建华',
    idNumber: '110101199003071234',
    phone: '13812345678',
    principal: '120000.00',
    method: 'equal_installment',
  },
  {
    key: 'a2',
    branchId: 'A02',
    manager: 'manager.a',
    name: '李秀兰',
    idNumber: '110101198512120021',
    phone: '13900001111',
    principal: '50000.00',
    method: 'equal_principal',
  },
  {
    key: 'b1',
    branchId: 'B01',
    manager: 'manager.b',
    name: '王志强',
    idNumber: '310101197706060033',
    phone: '13700002222',
    principal: '300000.00',
    method: 'interest_only',
  },
];

export async function seedBank(db: Database): Promise<Bank> {
  await initBusinessDate(db, BUSINESS_DATE);
  for (const [id, parentId, level] of [
    ['HQ', null, 'head_office'],
    ['A', 'HQ', 'branch'],
    ['B', 'HQ', 'branch'],
    ['A01', 'A', 'sub_branch'],
    ['A02', 'A', 'sub_branch'],
    ['B01', 'B', 'sub_branch'],
  ] as const) {
    await createBranch(db, { id, parentId, name: `机构${id}`, level });
  }
  const hash = await hashPassword(TEST_PASSWORD, CHEAP_SCRYPT);
  const userIds = {} as Record<Username, string>;
  for (const [username, u] of Object.entries(USERS) as [Username, (typeof USERS)[Username]][]) {
    const user = await createUser(db, {
      username,
      displayName: `用户${username}`,
      branchId: u.branchId,
      roles: u.roles,
    });
    await setPasswordHash(db, user.id, hash, new Date('2026-01-01T00:00:00Z'));
    userIds[username] = user.id;
  }
  await db.query(`update app_user set active = false where username = 'retired.a'`);

  const settings = await loadServicingSettings(db, 'standard');
  const loans = {} as Record<LoanSpec['key'], BankLoan>;
  for (const [i, spec] of LOANS.entries()) {
    const n = String(i + 1).padStart(3, '0');
    const terms = parseLoanTerms({
      principal: spec.principal,
      annualRate: '6.00',
      term: 12,
      method: spec.method,
      disbursementDate: '2026-01-10',
    });
    loans[spec.key] = await db.transaction(async (tx) => {
      const customer = await createCustomer(tx, {
        customerNo: `KH${n}`,
        name: spec.name,
        customerType: 'individual',
        idType: '居民身份证',
        idNumber: spec.idNumber,
        phone: spec.phone,
        branchId: spec.branchId,
        managerId: userIds[spec.manager],
      });
      const contract = await createContract(tx, {
        contractNo: `HT${n}`,
        customerId: customer.id,
        branchId: spec.branchId,
        managerId: userIds[spec.manager],
        amount: terms.principal,
        signedDate: terms.disbursementDate,
      });
      const loan = await createLoan(tx, {
        loanNo: `JJ${n}`,
        contractId: contract.id,
        customerId: customer.id,
        branchId: spec.branchId,
        managerId: userIds[spec.manager],
        productCode: 'standard',
        terms,
        schedule: generateSchedule(terms, settings.dayBasis),
        paymentMode: 'self',
        purpose: '经营周转',
        securityType: 'guarantee',
      });
      return {
        id: loan.id,
        loanNo: loan.loanNo,
        customerId: customer.id,
        contractId: contract.id,
        branchId: spec.branchId,
      };
    });
  }

  // B1 is overdue (as end of day would have left it), with a class history and events to show.
  await db.query(
    `update loan set dpd = 20, bucket = 'M1', classification = 'special_mention', class_rule = 'dpd>0'
      where id = $1`,
    [loans.b1.id],
  );
  await db.query(
    `insert into loan_state_history (loan_id, valid_from, valid_to, status, principal_owed, credit_balance,
                                     oldest_unpaid_due, classification, class_rule, specific_provision)
     values ($1, '2026-01-10', '2026-02-11', 'active', 30000000, 0, null, 'normal', 'dpd=0', 0),
            ($1, '2026-02-11', 'infinity', 'active', 30000000, 0, '2026-02-10', 'special_mention', 'dpd>0', 600000)`,
    [loans.b1.id],
  );
  await db.query(
    `insert into loan_event (loan_id, business_date, event_type, old_value, new_value, rule, actor)
     values ($1, '2026-02-11', 'bucket', 'M0', 'M1', 'dpd=1', 'eod'),
            ($1, '2026-02-11', 'classification', 'normal', 'special_mention', 'dpd>0', 'eod')`,
    [loans.b1.id],
  );
  // A2 guarantees A1's contract; B1 (another branch) guarantees it too. A1's contract has collateral.
  for (const [guarantor, contract] of [
    [loans.a2, loans.a1],
    [loans.b1, loans.a1],
    [loans.b1, loans.a2],
  ] as const) {
    await db.query(
      `insert into guarantee (contract_id, guarantor_customer_id, guarantor_name, guarantor_id_type,
                              guarantor_id_number, guarantor_phone, guarantee_type, amount, start_date, end_date)
       select $1, c.id, c.name, c.id_type, c.id_number, c.phone, 'joint_several', 5000000, '2026-01-10', '2027-01-10'
         from customer c where c.id = $2`,
      [contract.contractId, guarantor.customerId],
    );
  }
  await db.query(
    `insert into collateral (contract_id, owner_customer_id, collateral_type, description, value, valuation_date,
                             registration_no)
     values ($1, $2, 'real_estate', '朝阳区住宅一套', 200000000, '2026-01-05', '京(2026)朝阳区不动产权第0001号')`,
    [loans.a1.contractId, loans.a1.customerId],
  );
  return { userIds, loans };
}
