/** Texts of the register's account-manager filter. */
export const zhLoanFilters = {
  'loans.manager': '客户经理',
  'loans.managerOption': '{name}（{branch}）',
  'loans.managerNone': '范围内没有客户经理',
  'loans.managerUnlisted': '客户经理 #{id}',
} as const;

export const enLoanFilters: Record<keyof typeof zhLoanFilters, string> = {
  'loans.manager': 'Account manager',
  'loans.managerOption': '{name} ({branch})',
  'loans.managerNone': 'No account managers in your scope',
  'loans.managerUnlisted': 'Account manager #{id}',
};
