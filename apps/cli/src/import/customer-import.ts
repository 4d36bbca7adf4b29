import {
  type CustomerKeyRow,
  findCustomersByIdNumber,
  findCustomersByNo,
  insertCustomers,
  type NewCustomerRow,
} from '@daihou/db';
import {
  creditCodeProblem,
  ID_TYPE_CREDIT_CODE,
  ID_TYPE_RESIDENT_ID,
  isMobilePhone,
  residentIdProblem,
} from './identity-numbers';
import type { ImportContext, KindImporter } from './import-context';
import type { ImportError } from './import-report';
import { type ImportRow, RowCheck } from './import-row';
import { CUSTOMER_TYPE_BY_LABEL } from './import-template';

interface Draft {
  readonly check: RowCheck;
  readonly customer: NewCustomerRow;
}

const ID_TYPE_FOR = { individual: ID_TYPE_RESIDENT_ID, enterprise: ID_TYPE_CREDIT_CODE } as const;

function checkRow(ctx: ImportContext, check: RowCheck): NewCustomerRow | null {
  const customerNo = check.required('客户编号');
  const name = check.required('客户名称');
  const customerType = check.label('客户类型', CUSTOMER_TYPE_BY_LABEL);
  const idType = check.required('证件类型');
  let idNumber = check.required('证件号码');
  if (customerType && idType && idType !== ID_TYPE_FOR[customerType]) {
    check.fail(
      '证件类型',
      `${customerType === 'individual' ? '个人' : '企业'}客户的证件类型应为 ${ID_TYPE_FOR[customerType]}`,
    );
  } else if (idType && idNumber) {
    idNumber = idNumber.toUpperCase();
    const problem =
      idType === ID_TYPE_RESIDENT_ID ? residentIdProblem(idNumber) : creditCodeProblem(idNumber);
    if (problem) check.fail('证件号码', problem);
  }
  const phone = check.value('手机号码');
  if (phone !== '' && !isMobilePhone(phone)) check.fail('手机号码', '手机号码应为 1 开头的 11 位数字');
  const branchId = check.required('所属机构');
  if (branchId && !ctx.branchCodes.has(branchId)) check.fail('所属机构', `机构代码 ${branchId} 不存在`);
  const manager = check.required('客户经理');
  const managerId = manager ? ctx.userIds.get(manager) : undefined;
  if (manager && managerId === undefined) check.fail('客户经理', `用户 ${manager} 不存在或已停用`);
  if (check.bad) return null;
  return {
    customerNo: customerNo!,
    name: name!,
    customerType: customerType!,
    idType: idType!,
    idNumber: idNumber!,
    phone: phone || null,
    industry: check.value('行业') || null,
    region: check.value('地区') || null,
    branchId: branchId!,
    managerId: managerId ?? null,
  };
}

/** The first column in which a row differs from the stored customer, or null when it is the same. */
function firstDifference(stored: CustomerKeyRow, c: NewCustomerRow): string | null {
  const pairs: [string, unknown, unknown][] = [
    ['客户名称', stored.name, c.name],
    ['客户类型', stored.customer_type, c.customerType],
    ['证件类型', stored.id_type, c.idType],
    ['证件号码', stored.id_number, c.idNumber],
    ['手机号码', stored.phone, c.phone],
    ['行业', stored.industry, c.industry],
    ['地区', stored.region, c.region],
    ['所属机构', stored.branch_id, c.branchId],
    ['客户经理', stored.manager_id, c.managerId],
  ];
  return pairs.find(([, a, b]) => a !== b)?.[0] ?? null;
}

/** Customers (客户): checked row by row, written in one statement per batch. */
export function customerImporter(ctx: ImportContext): KindImporter<NewCustomerRow[]> {
  const seenNo = new Map<string, number>();
  const seenId = new Map<string, number>();
  return {
    async check(rows: readonly ImportRow[], errors: ImportError[]) {
      const drafts: Draft[] = [];
      for (const row of rows) {
        const check = new RowCheck(row, errors);
        const customer = checkRow(ctx, check);
        const no = check.value('客户编号');
        const earlier = no ? seenNo.get(no) : undefined;
        if (earlier !== undefined) check.fail('客户编号', `客户编号重复（与第 ${earlier} 行相同）`);
        else if (no) seenNo.set(no, row.row);
        if (customer) {
          const idKey = `${customer.idType}|${customer.idNumber}`;
          const sameId = seenId.get(idKey);
          if (sameId !== undefined) check.fail('证件号码', `证件号码重复（与第 ${sameId} 行相同）`);
          else seenId.set(idKey, row.row);
        }
        if (customer && !check.bad) drafts.push({ check, customer });
      }
      const stored = new Map(
        (
          await findCustomersByNo(
            ctx.reader,
            drafts.map((d) => d.customer.customerNo),
          )
        ).map((c) => [c.customer_no, c]),
      );
      const holders = new Map(
        (
          await findCustomersByIdNumber(
            ctx.reader,
            drafts.map((d) => d.customer.idNumber),
          )
        ).map((h) => [`${h.id_type}|${h.id_number}`, h.customer_no]),
      );
      const good: NewCustomerRow[] = [];
      let skipped = 0;
      for (const { check, customer } of drafts) {
        const existing = stored.get(customer.customerNo);
        if (existing) {
          const diff = firstDifference(existing, customer);
          if (diff === null) skipped++;
          else check.fail('客户编号', `客户编号已存在，且与已有客户的${diff}不同（导入不覆盖已有客户）`);
          continue;
        }
        const holder = holders.get(`${customer.idType}|${customer.idNumber}`);
        if (holder !== undefined) {
          check.fail('证件号码', `该证件号码已属于客户 ${holder}`);
          continue;
        }
        good.push(customer);
      }
      return { good: good.length, skipped, prepared: good };
    },
    async write(customers, previous) {
      await previous;
      await insertCustomers(ctx.tx, customers);
    },
    finish: async () => {},
  };
}
