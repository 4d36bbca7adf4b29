import {
  addDays,
  addMonthsClamped,
  badInput,
  DEFAULT_SERVICING,
  type Fen,
  type Frequency,
  formatYuan,
  generateSchedule,
  type LocalDate,
  maturityDate,
  parseLoanTerms,
  parts,
  type RepaymentMethod,
  replayLoan,
  snapshot,
} from '@daihou/core';
import { DEMO_SUB_BRANCHES, managersFor } from './demo-organisation';
import type {
  CustomerType,
  DemoCustomer,
  DemoLoan,
  DemoPortfolio,
  DemoRepayment,
  PaymentMode,
  SecurityType,
} from './demo-portfolio';
import { ENTERPRISE_PURPOSES, INDIVIDUAL_PURPOSES } from './demo-vocabulary';
import {
  enterprise,
  ID_TYPE_CREDIT_CODE,
  ID_TYPE_RESIDENT,
  PartyRegistry,
  person,
  pickIndustry,
} from './party.generator';
import { type Behaviour, repaymentHistory } from './repayment-history.generator';
import { securityFor } from './security.generator';
import { SeededRandom } from './seeded-random';

export const DEFAULT_DEMO_SEED = 20260101;
export const DEFAULT_DEMO_CUSTOMERS = 3000;
/** Below this the forced states and guarantee circles would crowd out ordinary customers. */
export const MIN_DEMO_CUSTOMERS = 50;
export const MAX_DEMO_CUSTOMERS = 200_000;

export interface DemoOptions {
  readonly customers: number;
  readonly seed: number;
  readonly businessDate: LocalDate;
}

/** How far back disbursements go: three years before the business date. */
const HORIZON_DAYS = 3 * 365;

/**
 * Days past due given to a few individual loans whatever the seed, so even a small demo has every
 * bucket M1 … M7+ and every class special_mention … loss (RULES.md §3.5, §5).
 */
export const FORCED_DPD = [
  12, 20, 45, 50, 75, 80, 105, 110, 135, 140, 165, 170, 200, 240, 300, 330, 420, 600,
];
/**
 * Further forced individual loans: a matured and settled one, each kind of irregular payer, and two
 * disbursed a day or two before the business date (one paid to the borrower, one to the payee), so the
 * first end of day plans their first inspections (RULES.md §9: within 3 and 7 days).
 */
const FORCED_OTHER = [
  'settled',
  'settled',
  'late',
  'late',
  'partial',
  'partial',
  'early',
  'new_self',
  'new_entrusted',
] as const;

type Target = { readonly dpd: number } | { readonly kind: (typeof FORCED_OTHER)[number] };

const METHODS: readonly RepaymentMethod[] = [
  'equal_installment',
  'equal_principal',
  'interest_only',
  'bullet',
];

const SECURITY_LABEL_WEIGHTS: Record<CustomerType, readonly (readonly [SecurityType, number])[]> = {
  individual: [
    ['unsecured', 35],
    ['guarantee', 25],
    ['mortgage', 25],
    ['pledge', 15],
  ],
  enterprise: [
    ['unsecured', 15],
    ['guarantee', 35],
    ['mortgage', 35],
    ['pledge', 15],
  ],
};

const METHOD_WEIGHTS: Record<CustomerType, readonly (readonly [RepaymentMethod, number])[]> = {
  individual: [
    ['equal_installment', 35],
    ['equal_principal', 25],
    ['interest_only', 20],
    ['bullet', 20],
  ],
  enterprise: [
    ['interest_only', 35],
    ['bullet', 25],
    ['equal_principal', 22],
    ['equal_installment', 18],
  ],
};

/** Rate in basis points as the register writes it: "4.35". */
const rateText = (bp: number): string => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`;

function pickRate(rng: SeededRandom, type: CustomerType): string {
  const [lo, hi] = type === 'individual' ? [385, 1200] : [345, 750];
  // The lower of two draws: most loans are priced near the bottom of the range.
  const u = Math.min(rng.next(), rng.next());
  return rateText(lo + 5 * Math.floor((u * (hi - lo)) / 5));
}

function pickTerm(rng: SeededRandom, method: RepaymentMethod, frequency: Frequency): number {
  if (method === 'bullet') return rng.pick([3, 6, 6, 12, 12]);
  if (frequency === 'quarterly') return rng.pick([4, 8, 12]);
  return rng.pick([3, 6, 12, 12, 24, 24, 36, 36]);
}

/** Principal in fen: individuals 1–50 万 in thousands, enterprises 10–800 万 in ten-thousands. */
function pickPrincipal(rng: SeededRandom, type: CustomerType): Fen {
  return (type === 'individual' ? rng.logInt(10, 500) * 100_000 : rng.logInt(10, 800) * 1_000_000) as Fen;
}

function naturalBehaviour(rng: SeededRandom, type: CustomerType, installmentsDue: number): Behaviour {
  const kind = rng.weighted([
    ['on_time', 72],
    ['early', 7],
    ['late', 9],
    ['partial', 5],
    // Large enterprise loans default less often than small personal ones, and weigh more.
    ['stopped', type === 'individual' ? 2.5 : 1.5],
  ] as const);
  switch (kind) {
    case 'on_time':
    case 'early':
      return { kind };
    case 'late':
      return { kind, share: 0.25 + rng.next() * 0.4 };
    case 'partial':
      return { kind, share: 0.15 + rng.next() * 0.25 };
    case 'stopped':
      return installmentsDue > 0
        ? { kind, firstUnpaid: rng.int(1, installmentsDue), tokenPayment: rng.chance(0.3) }
        : { kind: 'on_time' };
  }
}

interface Builder {
  readonly rng: SeededRandom;
  readonly businessDate: LocalDate;
  /** The last day repayments may carry: the day before the business date. */
  readonly lastDay: LocalDate;
  loanSeq: number;
  readonly loans: DemoLoan[];
  readonly repayments: DemoRepayment[];
}

interface LoanShape {
  readonly principal: Fen;
  readonly method: RepaymentMethod;
  readonly frequency: Frequency;
  readonly term: number;
  readonly disbursementDate: LocalDate;
}

/**
 * A loan shaped so that its first unpaid installment fell due `dpd` days before the business date
 * (DPD dpd − 1 at the end of the day before, where an import leaves it).
 */
function shapeForDpd(
  b: Builder,
  dpd: number,
  method: RepaymentMethod,
  principal: Fen,
): LoanShape & {
  firstUnpaid: number;
} {
  let due = addDays(b.businessDate, -dpd);
  // Day 28 or earlier: every month has it, so the due date lands exactly where intended.
  const { d } = parts(due);
  if (d > 28) due = addDays(due, 28 - d);
  if (method === 'bullet') {
    const term = dpd > 500 ? 6 : b.rng.pick([6, 12]);
    return {
      principal,
      method,
      frequency: 'monthly',
      term,
      disbursementDate: addMonthsClamped(due, -term),
      firstUnpaid: 1,
    };
  }
  const term = b.rng.pick([24, 36]);
  const room = Math.floor((HORIZON_DAYS - dpd) / 31);
  const firstUnpaid = b.rng.int(1, Math.max(1, Math.min(term, room)));
  return {
    principal,
    method,
    frequency: 'monthly',
    term,
    disbursementDate: addMonthsClamped(due, -firstUnpaid),
    firstUnpaid,
  };
}

function naturalShape(b: Builder, type: CustomerType): LoanShape {
  const { rng } = b;
  const method = rng.weighted(METHOD_WEIGHTS[type]);
  const frequency: Frequency = method !== 'bullet' && rng.chance(0.1) ? 'quarterly' : 'monthly';
  return {
    principal: pickPrincipal(rng, type),
    method,
    frequency,
    term: pickTerm(rng, method, frequency),
    disbursementDate: addDays(b.businessDate, -rng.int(1, HORIZON_DAYS)),
  };
}

function addLoan(
  b: Builder,
  customer: DemoCustomer,
  options: { security?: SecurityType; target?: Target; forcedIndex?: number },
): DemoLoan {
  const { rng } = b;
  const type = customer.customerType;
  let shape: LoanShape;
  let behaviour: Behaviour | null = null;
  const target = options.target;
  if (target && 'dpd' in target) {
    const method = METHODS[(options.forcedIndex ?? 0) % METHODS.length]!;
    // 5–30 万 for a person, 10–300 万 for an enterprise.
    const principal = (type === 'individual' ? rng.int(5, 30) : rng.int(10, 300)) * 1_000_000;
    const s = shapeForDpd(b, target.dpd, method, principal as Fen);
    shape = s;
    behaviour = { kind: 'stopped', firstUnpaid: s.firstUnpaid, tokenPayment: false };
  } else if (target?.kind === 'new_self' || target?.kind === 'new_entrusted') {
    shape = {
      ...naturalShape(b, type),
      principal: (rng.int(5, 30) * 1_000_000) as Fen,
      disbursementDate: addDays(b.businessDate, -rng.int(1, 2)),
    };
    behaviour = { kind: 'on_time' };
  } else if (target?.kind === 'settled') {
    const term = 12;
    const maturity = addDays(b.businessDate, -rng.int(20, 300));
    shape = {
      principal: (rng.int(5, 30) * 1_000_000) as Fen,
      method: 'equal_installment',
      frequency: 'monthly',
      term,
      disbursementDate: addMonthsClamped(maturity, -term),
    };
    behaviour = { kind: 'on_time' };
  } else {
    shape = naturalShape(b, type);
    if (target) {
      // Irregular payers need installments behind them to show it.
      shape = {
        ...shape,
        method: 'equal_installment',
        frequency: 'monthly',
        term: 24,
        disbursementDate: addDays(b.businessDate, -rng.int(200, 600)),
      };
      behaviour =
        target.kind === 'late'
          ? { kind: 'late', share: 0.6 }
          : target.kind === 'partial'
            ? { kind: 'partial', share: 0.5 }
            : { kind: 'early' };
    }
  }
  const seq = ++b.loanSeq;
  const digits = String(seq).padStart(8, '0');
  const annualRate = pickRate(rng, type);
  const terms = parseLoanTerms({
    principal: formatYuan(shape.principal),
    annualRate,
    term: shape.term,
    method: shape.method,
    frequency: shape.frequency,
    disbursementDate: shape.disbursementDate,
  });
  const schedule = generateSchedule(terms, DEFAULT_SERVICING.dayBasis);
  const installmentsDue = schedule.filter((i) => i.dueDate <= b.lastDay).length;
  behaviour ??= naturalBehaviour(rng, type, installmentsDue);
  const history = repaymentHistory(rng, terms, schedule, behaviour, b.lastDay);
  const loanNo = `JJ8${digits}`;
  history.forEach((r, i) => {
    b.repayments.push({
      repaymentNo: `LS8${digits}${String(i + 1).padStart(3, '0')}`,
      loanNo,
      date: r.date,
      amount: r.amount,
    });
  });
  // As an import leaves it: end of day done through the day before the business date.
  const { ledger } = replayLoan({ terms, settings: DEFAULT_SERVICING, repayments: history, asOf: b.lastDay });
  const snap = snapshot(ledger, b.lastDay);
  const purposes = type === 'individual' ? INDIVIDUAL_PURPOSES : ENTERPRISE_PURPOSES;
  const purpose = rng.weighted(purposes);
  const security = options.security ?? rng.weighted(SECURITY_LABEL_WEIGHTS[type]);
  // 个人贷款管理办法: self payment only for small personal loans (simplified here to at most 30 万).
  const newKind = target && 'kind' in target ? target.kind : null;
  const paymentMode: PaymentMode =
    newKind === 'new_self'
      ? 'self'
      : newKind === 'new_entrusted'
        ? 'entrusted'
        : type === 'individual' && shape.principal > 30_000_000
          ? 'entrusted'
          : rng.chance(type === 'enterprise' ? 0.6 : 0.4)
            ? 'entrusted'
            : 'self';
  const loan: DemoLoan = {
    loanNo,
    contractNo: `HT8${digits}`,
    customerNo: customer.customerNo,
    principal: shape.principal,
    annualRate,
    method: shape.method,
    term: shape.term,
    frequency: shape.frequency,
    disbursementDate: shape.disbursementDate,
    maturityDate: maturityDate(schedule),
    paymentMode,
    purpose,
    securityType: security,
    branchId: customer.branchId,
    manager: customer.manager,
    behaviour: behaviour.kind,
    expected: {
      dpd: snap.dpd,
      bucket: snap.bucket,
      floor: snap.classification,
      status: snap.status,
      principalOwed: snap.outstanding.principal,
    },
  };
  b.loans.push(loan);
  return loan;
}

function makeCustomers(rng: SeededRandom, count: number, registry: PartyRegistry): DemoCustomer[] {
  const enterprises = Math.round(count / 4);
  const types: CustomerType[] = Array.from({ length: count }, (_, i) =>
    i < enterprises ? 'enterprise' : 'individual',
  );
  for (let i = types.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [types[i], types[j]] = [types[j]!, types[i]!];
  }
  return types.map((customerType, i): DemoCustomer => {
    const branchId = rng.weighted(DEMO_SUB_BRANCHES);
    const manager = rng.weighted(managersFor(branchId));
    const customerNo = `C8${String(i + 1).padStart(7, '0')}`;
    if (customerType === 'individual') {
      const p = person(rng, registry);
      return {
        customerNo,
        name: p.name,
        customerType,
        idType: ID_TYPE_RESIDENT,
        idNumber: p.idNumber,
        phone: p.phone,
        industry: pickIndustry(rng).name,
        city: p.city,
        branchId,
        manager,
      };
    }
    const e = enterprise(rng, registry);
    return {
      customerNo,
      name: e.name,
      customerType,
      idType: ID_TYPE_CREDIT_CODE,
      idNumber: e.idNumber,
      phone: e.phone,
      industry: e.industry.name,
      city: e.city,
      branchId,
      manager,
    };
  });
}

/**
 * Mutual-guarantee cycles among enterprises of one sub-branch (担保圈), for the guarantee-circle work:
 * each member's first loan is guaranteed by the next member.
 */
function makeCircles(rng: SeededRandom, customers: readonly DemoCustomer[]): string[][] {
  const count = Math.max(2, Math.floor(customers.length / 750));
  const sizes = [3, 3, 2, 4];
  const byBranch = new Map<string, string[]>();
  for (const c of customers) {
    if (c.customerType !== 'enterprise') continue;
    byBranch.set(c.branchId, [...(byBranch.get(c.branchId) ?? []), c.customerNo]);
  }
  const pools = [...byBranch.values()].sort((a, b) => b.length - a.length);
  const circles: string[][] = [];
  for (let i = 0; i < count; i++) {
    const size = sizes[i % sizes.length]!;
    const pool = pools.find((p) => p.length >= size) ?? pools[0];
    if (!pool || pool.length < 2) break;
    const members: string[] = [];
    while (members.length < size && pool.length > 0)
      members.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
    circles.push(members);
  }
  return circles;
}

/** Builds the whole demo portfolio for a seed: same seed, same size, same business date → same portfolio. */
export function generateDemoPortfolio(options: DemoOptions): DemoPortfolio {
  const { customers: count, seed, businessDate } = options;
  if (!Number.isInteger(count) || count < MIN_DEMO_CUSTOMERS || count > MAX_DEMO_CUSTOMERS) {
    throw badInput(
      '--customers',
      `"${count}" must be a whole number from ${MIN_DEMO_CUSTOMERS} to ${MAX_DEMO_CUSTOMERS}`,
    );
  }
  const rng = new SeededRandom(seed);
  const registry = new PartyRegistry();
  const customers = makeCustomers(rng.fork('customers'), count, registry);
  const circles = makeCircles(rng.fork('circles'), customers);
  const circleMember = new Set(circles.flat());

  const b: Builder = {
    rng: rng.fork('loans'),
    businessDate,
    lastDay: addDays(businessDate, -1),
    loanSeq: 0,
    loans: [],
    repayments: [],
  };
  const targets: Target[] = [
    ...FORCED_DPD.map((dpd) => ({ dpd })),
    ...FORCED_OTHER.map((kind) => ({ kind })),
  ];
  let forced = 0;
  // A circle's first member is a month or so overdue: a circle member going overdue is what the
  // guarantee-circle warning watches for.
  const overdueCircleMember = circles[0]?.[0];
  for (const c of customers) {
    const n = b.rng.weighted([
      [1, 60],
      [2, 28],
      [3, 12],
    ] as const);
    for (let k = 0; k < n; k++) {
      const first = k === 0;
      if (first && c.customerType === 'individual' && forced < targets.length) {
        addLoan(b, c, { target: targets[forced]!, forcedIndex: forced });
        forced++;
      } else if (first && c.customerNo === overdueCircleMember) {
        addLoan(b, c, { security: 'guarantee', target: { dpd: 40 }, forcedIndex: 0 });
      } else {
        addLoan(b, c, first && circleMember.has(c.customerNo) ? { security: 'guarantee' } : {});
      }
    }
  }
  const security = securityFor(rng.fork('security'), {
    customers,
    loans: b.loans,
    circles,
    registry,
    businessDate,
  });
  return {
    seed,
    businessDate,
    customers,
    loans: b.loans,
    repayments: b.repayments,
    guarantees: security.guarantees,
    collateral: security.collateral,
    guaranteeCircles: circles,
  };
}
