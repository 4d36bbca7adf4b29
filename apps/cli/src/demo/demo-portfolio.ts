import type {
  Bucket,
  Classification,
  Fen,
  Frequency,
  LoanStatus,
  LocalDate,
  RepaymentMethod,
} from '@daihou/core';
import type { City } from './demo-vocabulary';
import type { BehaviourKind } from './repayment-history.generator';

/** The synthetic portfolio `daihou demo` loads (CONTRACT.md "Demo data"). */

export type CustomerType = 'individual' | 'enterprise';
export type SecurityType = 'unsecured' | 'guarantee' | 'mortgage' | 'pledge';
export type PaymentMode = 'entrusted' | 'self';

export interface DemoCustomer {
  readonly customerNo: string;
  readonly name: string;
  readonly customerType: CustomerType;
  readonly idType: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly industry: string;
  readonly city: City;
  /** The sub-branch the customer is booked at. */
  readonly branchId: string;
  /** The account manager's username. */
  readonly manager: string;
}

/**
 * What the rules make of the loan at the end of the day before the business date (where an import
 * leaves it), computed with core while generating.
 */
export interface ExpectedState {
  readonly dpd: number;
  readonly bucket: Bucket;
  /** The DPD floor (RULES.md §5); the stored class may be worse (e.g. an enterprise debtor's other NPL). */
  readonly floor: Classification;
  readonly status: LoanStatus;
  readonly principalOwed: Fen;
}

export interface DemoLoan {
  readonly loanNo: string;
  readonly contractNo: string;
  readonly customerNo: string;
  readonly principal: Fen;
  /** Percent per year, two decimals ("4.35"). */
  readonly annualRate: string;
  readonly method: RepaymentMethod;
  readonly term: number;
  readonly frequency: Frequency;
  readonly disbursementDate: LocalDate;
  readonly maturityDate: LocalDate;
  readonly paymentMode: PaymentMode;
  readonly purpose: string;
  readonly securityType: SecurityType;
  readonly branchId: string;
  readonly manager: string;
  readonly behaviour: BehaviourKind;
  readonly expected: ExpectedState;
}

export interface DemoRepayment {
  /** 流水号. */
  readonly repaymentNo: string;
  readonly loanNo: string;
  readonly date: LocalDate;
  readonly amount: Fen;
}

export type GuaranteeType = 'joint_several' | 'general';

export interface DemoGuarantee {
  readonly contractNo: string;
  /** Set when the guarantor is a customer of the bank. */
  readonly guarantorCustomerNo: string | null;
  readonly guarantorName: string;
  readonly guarantorIdType: string;
  readonly guarantorIdNumber: string;
  readonly guarantorPhone: string;
  readonly guaranteeType: GuaranteeType;
  readonly amount: Fen;
  readonly netWorth: Fen;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
}

export type CollateralType =
  | 'real_estate'
  | 'land_use_right'
  | 'vehicle'
  | 'equipment'
  | 'deposit'
  | 'receivable'
  | 'equity'
  | 'other';

export interface DemoCollateral {
  readonly contractNo: string;
  readonly ownerCustomerNo: string;
  readonly collateralType: CollateralType;
  readonly description: string;
  readonly value: Fen;
  readonly valuationDate: LocalDate;
  readonly registrationNo: string | null;
  readonly insuranceExpiry: LocalDate | null;
  /** The day the pledge / mortgage registration lapses; null when it does not (the generator leaves it so). */
  readonly registrationExpiry: LocalDate | null;
}

export interface DemoPortfolio {
  readonly seed: number;
  readonly businessDate: LocalDate;
  readonly customers: readonly DemoCustomer[];
  readonly loans: readonly DemoLoan[];
  readonly repayments: readonly DemoRepayment[];
  readonly guarantees: readonly DemoGuarantee[];
  readonly collateral: readonly DemoCollateral[];
  /** Customer numbers of the mutual-guarantee cycles (A guarantees B, B guarantees C, C guarantees A). */
  readonly guaranteeCircles: readonly (readonly string[])[];
}
