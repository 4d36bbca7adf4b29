import type { Frequency, RepaymentMethod } from '@daihou/core';

/**
 * The import template (CONTRACT.md `daihou import`): Chinese column headers as bank staff's registers
 * have them, and the Chinese labels of coded values. Codes stored in the database are the GLOSSARY names.
 */
export type ImportKind = 'customers' | 'loans' | 'repayments';

export const IMPORT_KINDS: readonly ImportKind[] = ['customers', 'loans', 'repayments'];

export const KIND_LABEL: Record<ImportKind, string> = {
  customers: '客户',
  loans: '贷款',
  repayments: '还款',
};

export const TEMPLATE_HEADERS: Record<ImportKind, readonly string[]> = {
  customers: [
    '客户编号',
    '客户名称',
    '客户类型',
    '证件类型',
    '证件号码',
    '手机号码',
    '行业',
    '地区',
    '所属机构',
    '客户经理',
  ],
  loans: [
    '借据号',
    '合同号',
    '客户编号',
    '贷款金额',
    '执行年利率(%)',
    '还款方式',
    '期数',
    '还款频率',
    '放款日期',
    '支付方式',
    '贷款用途',
    '担保方式',
    '所属机构',
    '客户经理',
  ],
  repayments: ['流水号', '借据号', '还款日期', '还款金额'],
};

/** Columns holding dates: an .xlsx may store them as date cells or serial numbers. */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(['放款日期', '还款日期']);

/**
 * Header text as people type it: surrounding spaces dropped and full-width parentheses and percent
 * (执行年利率（%）, from a Chinese input method) read as the template's ASCII ones.
 */
export const normalizeHeader = (text: string): string =>
  text.trim().replace(/（/g, '(').replace(/）/g, ')').replace(/％/g, '%').replace(/\s+/g, '');

export type CustomerType = 'individual' | 'enterprise';
export type PaymentMode = 'entrusted' | 'self';
export type SecurityType = 'unsecured' | 'guarantee' | 'mortgage' | 'pledge';

export const CUSTOMER_TYPE_BY_LABEL: Record<string, CustomerType> = {
  个人: 'individual',
  企业: 'enterprise',
};
export const METHOD_BY_LABEL: Record<string, RepaymentMethod> = {
  等额本息: 'equal_installment',
  等额本金: 'equal_principal',
  按月付息到期还本: 'interest_only',
  利随本清: 'bullet',
};
export const FREQUENCY_BY_LABEL: Record<string, Frequency> = { 按月: 'monthly', 按季: 'quarterly' };
export const PAYMENT_MODE_BY_LABEL: Record<string, PaymentMode> = { 受托支付: 'entrusted', 自主支付: 'self' };
export const SECURITY_TYPE_BY_LABEL: Record<string, SecurityType> = {
  信用: 'unsecured',
  保证: 'guarantee',
  抵押: 'mortgage',
  质押: 'pledge',
};

/** The reverse of a label map: code → Chinese label. */
export const labelsOf = <C extends string>(byLabel: Record<string, C>): Record<C, string> =>
  Object.fromEntries(Object.entries(byLabel).map(([label, code]) => [code, label])) as Record<C, string>;
