import { addDays, addMonthsClamped, daysBetween, type Fen, type LocalDate, parts } from '@daihou/core';
import type { CollateralType, DemoCollateral, DemoCustomer, DemoGuarantee, DemoLoan } from './demo-portfolio';
import { EQUIPMENT, STREETS, VEHICLE_MODELS } from './demo-vocabulary';
import {
  enterprise,
  ID_TYPE_CREDIT_CODE,
  ID_TYPE_RESIDENT,
  type PartyRegistry,
  person,
} from './party.generator';
import type { SeededRandom } from './seeded-random';

export interface SecurityInput {
  readonly customers: readonly DemoCustomer[];
  readonly loans: readonly DemoLoan[];
  readonly circles: readonly (readonly string[])[];
  readonly registry: PartyRegistry;
  readonly businessDate: LocalDate;
}

/** A value in fen rounded to whole thousands of yuan, as appraisers report. */
const roundThousandYuan = (fen: number): Fen => (Math.max(1, Math.round(fen / 100_000)) * 100_000) as Fen;

/**
 * Guarantees for 保证 loans and collateral for 抵押/质押 loans. Guarantors are other customers of the
 * bank (including the mutual-guarantee circles), outside persons, or financing guarantee companies.
 * The guarantee's end date is the end of the guarantee period (保证期间): by default six months after
 * the guaranteed loan's maturity (民法典 art. 692, RULES.md §11).
 */
export function securityFor(
  rng: SeededRandom,
  input: SecurityInput,
): { guarantees: DemoGuarantee[]; collateral: DemoCollateral[] } {
  const byNo = new Map(input.customers.map((c) => [c.customerNo, c]));
  const byBranch = new Map<string, DemoCustomer[]>();
  for (const c of input.customers) byBranch.set(c.branchId, [...(byBranch.get(c.branchId) ?? []), c]);
  // The circle member who guarantees each circle member's first loan.
  const circleGuarantor = new Map<string, string>();
  for (const circle of input.circles) {
    circle.forEach((member, i) => {
      circleGuarantor.set(member, circle[(i + 1) % circle.length]!);
    });
  }
  const firstLoanSeen = new Set<string>();
  const guarantees: DemoGuarantee[] = [];
  const collateral: DemoCollateral[] = [];

  const guarantee = (
    loan: DemoLoan,
    g: Omit<DemoGuarantee, 'contractNo' | 'amount' | 'startDate' | 'endDate' | 'guaranteeType'>,
  ) =>
    guarantees.push({
      contractNo: loan.contractNo,
      ...g,
      guaranteeType: rng.chance(0.9) ? 'joint_several' : 'general',
      amount: loan.principal,
      startDate: loan.disbursementDate,
      endDate: addMonthsClamped(loan.maturityDate, 6),
    });

  const customerGuarantor = (loan: DemoLoan, c: DemoCustomer) =>
    guarantee(loan, {
      guarantorCustomerNo: c.customerNo,
      guarantorName: c.name,
      guarantorIdType: c.idType,
      guarantorIdNumber: c.idNumber,
      guarantorPhone: c.phone,
      netWorth: netWorth(rng, c.customerType === 'enterprise', loan.principal),
    });

  for (const loan of input.loans) {
    const borrower = byNo.get(loan.customerNo)!;
    const first = !firstLoanSeen.has(loan.customerNo);
    firstLoanSeen.add(loan.customerNo);
    if (loan.securityType === 'guarantee') {
      const circleNext = first ? circleGuarantor.get(loan.customerNo) : undefined;
      let count = rng.chance(0.3) ? 2 : 1;
      if (circleNext) {
        customerGuarantor(loan, byNo.get(circleNext)!);
        count--;
      }
      for (let i = 0; i < count; i++) {
        const kind = rng.weighted([
          ['customer', 35],
          ['person', 50],
          ['company', borrower.customerType === 'enterprise' ? 25 : 5],
        ] as const);
        const peers = (byBranch.get(borrower.branchId) ?? []).filter(
          (c) => c.customerNo !== borrower.customerNo,
        );
        if (kind === 'customer' && peers.length > 0) {
          customerGuarantor(loan, rng.pick(peers));
        } else if (kind === 'company') {
          const e = enterprise(rng, input.registry, { city: borrower.city, guarantor: true });
          guarantee(loan, {
            guarantorCustomerNo: null,
            guarantorName: e.name,
            guarantorIdType: ID_TYPE_CREDIT_CODE,
            guarantorIdNumber: e.idNumber,
            guarantorPhone: e.phone,
            netWorth: (rng.int(50, 500) * 100_000_000) as Fen,
          });
        } else {
          const p = person(rng, input.registry, borrower.city);
          guarantee(loan, {
            guarantorCustomerNo: null,
            guarantorName: p.name,
            guarantorIdType: ID_TYPE_RESIDENT,
            guarantorIdNumber: p.idNumber,
            guarantorPhone: p.phone,
            netWorth: netWorth(rng, false, loan.principal),
          });
        }
      }
    } else if (loan.securityType === 'mortgage' || loan.securityType === 'pledge') {
      const items = loan.securityType === 'mortgage' && rng.chance(0.15) ? 2 : 1;
      for (let i = 0; i < items; i++) {
        collateral.push(collateralItem(rng, loan, borrower, items, input.businessDate));
      }
    }
  }
  return { guarantees, collateral };
}

/** Net worth: usually above the guaranteed amount, sometimes not (a warning the system raises). */
function netWorth(rng: SeededRandom, isEnterprise: boolean, guaranteed: Fen): Fen {
  const floor = isEnterprise ? 100_000_000 : 20_000_000;
  const multiple = rng.weighted([
    [0.6 + rng.next() * 0.4, 1],
    [1 + rng.next() * 4, 6],
  ] as const);
  return roundThousandYuan(Math.max(floor, guaranteed * multiple));
}

function collateralItem(
  rng: SeededRandom,
  loan: DemoLoan,
  borrower: DemoCustomer,
  items: number,
  businessDate: LocalDate,
): DemoCollateral {
  const isEnterprise = borrower.customerType === 'enterprise';
  const city = borrower.city;
  const type: CollateralType =
    loan.securityType === 'mortgage'
      ? isEnterprise
        ? rng.weighted([
            ['real_estate', 50],
            ['land_use_right', 20],
            ['equipment', 30],
          ] as const)
        : loan.purpose === '购车'
          ? 'vehicle'
          : rng.weighted([
              ['real_estate', 80],
              ['vehicle', 20],
            ] as const)
      : isEnterprise
        ? rng.weighted([
            ['deposit', 40],
            ['receivable', 35],
            ['equity', 25],
          ] as const)
        : rng.weighted([
            ['deposit', 85],
            ['other', 15],
          ] as const);
  // Loan-to-value by kind of collateral, so the value covers the loan with the usual margin.
  const ltv: Record<CollateralType, [number, number]> = {
    real_estate: [0.45, 0.7],
    land_use_right: [0.45, 0.6],
    vehicle: [0.55, 0.8],
    equipment: [0.4, 0.6],
    deposit: [0.9, 1],
    receivable: [0.6, 0.8],
    equity: [0.4, 0.6],
    other: [0.7, 0.9],
  };
  const [lo, hi] = ltv[type];
  const value = roundThousandYuan(loan.principal / items / (lo + rng.next() * (hi - lo)));
  const year = parts(loan.disbursementDate).y;
  const district = rng.pick(city.districts);
  const street = rng.pick(STREETS);
  let description: string;
  let registrationNo: string | null;
  switch (type) {
    case 'real_estate': {
      const area = isEnterprise ? rng.int(300, 5000) : rng.int(60, 180);
      const use = isEnterprise ? rng.pick(['厂房', '商铺', '办公楼', '仓库']) : '住宅';
      description = `${city.name}${district}${street}${rng.int(1, 300)}号${isEnterprise ? '' : `${rng.int(1, 30)}幢${rng.int(1, 30)}0${rng.int(1, 4)}室`} ${use} 建筑面积${area}平方米`;
      registrationNo = `${city.province}(${year})${district}不动产证明第${rng.digits(7)}号`;
      break;
    }
    case 'land_use_right':
      description = `${city.name}${district}${street}工业用地 国有建设用地使用权 ${rng.int(2000, 30000)}平方米`;
      registrationNo = `${city.province}(${year})${district}不动产证明第${rng.digits(7)}号`;
      break;
    case 'vehicle':
      description = `${rng.pick(VEHICLE_MODELS)} 小型轿车 ${city.province}${city.plate}·${rng.digits(5)}`;
      registrationNo = `机动车登记证书${rng.digits(12)}`;
      break;
    case 'equipment':
      description = `${rng.pick(EQUIPMENT)} ${rng.int(1, 12)}台（套）`;
      registrationNo = `动产融资登记${rng.digits(8)}${rng.digits(12)}`;
      break;
    case 'deposit':
      description = `本行定期存单 账号${rng.digits(19)}`;
      registrationNo = null;
      break;
    case 'receivable':
      description = `对下游客户的应收账款 ${rng.int(3, 30)}笔`;
      registrationNo = `动产融资登记${rng.digits(8)}${rng.digits(12)}`;
      break;
    case 'equity':
      description = `${borrower.name}持有的子公司股权 ${rng.int(10, 100)}%`;
      registrationNo = `(${city.name.replace(/市$/, '')})股质登记设字[${year}]第${rng.int(1, 9999)}号`;
      break;
    case 'other':
      description = `人寿保险保单 保单号${rng.digits(16)}`;
      registrationNo = null;
      break;
  }
  // Valued before disbursement; a fifth revalued since.
  let valuationDate = addDays(loan.disbursementDate, -rng.int(3, 30));
  if (rng.chance(0.2)) {
    const span = Math.max(0, Math.min(600, daysBetween(loan.disbursementDate, businessDate) - 1));
    valuationDate = addDays(loan.disbursementDate, rng.int(0, span));
  }
  let insuranceExpiry: LocalDate | null = null;
  if (type === 'real_estate' || type === 'vehicle' || type === 'equipment') {
    // Yearly policies from disbursement: the next renewal falls anywhere in the coming year, and a
    // few have lapsed (what the insurance-expiry warning looks for).
    const lapseWindow = addDays(businessDate, -45);
    let k = 1;
    while (addMonthsClamped(loan.disbursementDate, 12 * k) < lapseWindow) k++;
    insuranceExpiry = addMonthsClamped(loan.disbursementDate, 12 * k);
  }
  return {
    contractNo: loan.contractNo,
    ownerCustomerNo: borrower.customerNo,
    collateralType: type,
    description,
    value,
    valuationDate,
    registrationNo,
    insuranceExpiry,
    registrationExpiry: null,
  };
}
