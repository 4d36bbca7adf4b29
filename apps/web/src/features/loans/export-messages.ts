/** Texts of the register's export to Excel. */
export const zhLoanExport = {
  'loanExport.button': '导出 Excel',
  'loanExport.hint': '按当前筛选条件导出贷款台账（证件号码与手机号脱敏，导出操作记入审计）',
  'loanExport.done': '已导出 {n} 笔贷款',
  'loanExport.tooMany': '导出失败：{message}',
  'loanExport.failed': '导出失败',
} as const;

export const enLoanExport: Record<keyof typeof zhLoanExport, string> = {
  'loanExport.button': 'Export to Excel',
  'loanExport.hint':
    'Exports the register with the current filters (ID numbers and phones masked; the export is audited)',
  'loanExport.done': '{n} loans exported',
  'loanExport.tooMany': 'Export refused: {message}',
  'loanExport.failed': 'Export failed',
};
