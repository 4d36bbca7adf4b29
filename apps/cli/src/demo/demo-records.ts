import { formatYuan } from '@daihou/core';
import {
  CUSTOMER_TYPE_BY_LABEL,
  FREQUENCY_BY_LABEL,
  labelsOf,
  METHOD_BY_LABEL,
  PAYMENT_MODE_BY_LABEL,
  SECURITY_TYPE_BY_LABEL,
} from '../import/import-template';
import type { DemoCustomer, DemoLoan, DemoRepayment } from './demo-portfolio';

/**
 * The demo portfolio as rows of the import template (CONTRACT.md `daihou import`), keyed by the
 * Chinese headers, so it is loaded through exactly the validation and servicing rules of an import.
 */

const CUSTOMER_TYPE = labelsOf(CUSTOMER_TYPE_BY_LABEL);
const METHOD = labelsOf(METHOD_BY_LABEL);
const FREQUENCY = labelsOf(FREQUENCY_BY_LABEL);
const PAYMENT_MODE = labelsOf(PAYMENT_MODE_BY_LABEL);
const SECURITY_TYPE = labelsOf(SECURITY_TYPE_BY_LABEL);

export const customerRecord = (c: DemoCustomer): Record<string, string> => ({
  客户编号: c.customerNo,
  客户名称: c.name,
  客户类型: CUSTOMER_TYPE[c.customerType],
  证件类型: c.idType,
  证件号码: c.idNumber,
  手机号码: c.phone,
  行业: c.industry,
  地区: c.city.name,
  所属机构: c.branchId,
  客户经理: c.manager,
});

export const loanRecord = (l: DemoLoan): Record<string, string> => ({
  借据号: l.loanNo,
  合同号: l.contractNo,
  客户编号: l.customerNo,
  贷款金额: formatYuan(l.principal),
  '执行年利率(%)': l.annualRate,
  还款方式: METHOD[l.method],
  期数: String(l.term),
  还款频率: FREQUENCY[l.frequency],
  放款日期: l.disbursementDate,
  支付方式: PAYMENT_MODE[l.paymentMode],
  贷款用途: l.purpose,
  担保方式: SECURITY_TYPE[l.securityType],
  所属机构: l.branchId,
  客户经理: l.manager,
});

export const repaymentRecord = (r: DemoRepayment): Record<string, string> => ({
  流水号: r.repaymentNo,
  借据号: r.loanNo,
  还款日期: r.date,
  还款金额: formatYuan(r.amount),
});
