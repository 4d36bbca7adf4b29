/**
 * Prepayment and payoff (提前还款 / 提前结清, RULES.md §4). Decisions where the rule is silent:
 * - Fee-free window: inclusive; with N free days a prepayment up to and including disbursement + N days
 *   pays no fee (prepayment-fee.ts). N = 0 means no window.
 * - Broken period: from the last *scheduled* due date on or before the prepayment date (or disbursement);
 *   an earlier prepayment's own date does not restart it (broken-period.ts).
 * - After a partial prepayment the next installment charges round(new balance × r) for its full period;
 *   the prepaid part's interest up to the prepayment date was charged as broken-period interest
 *   (remaining-schedule.ts). Same due dates and period numbers; keep_installment = keep_term for
 *   interest_only and bullet.
 * - The ledger books a prepayment as one installment of kind 'prepayment' dated the prepayment date,
 *   periods 1001, 1002, … (prepay.ts), paid in full on booking.
 * - A partial prepayment's `amount` is money, not principal: it prepays the most principal that fits
 *   after what is due; prepaymentQuote gives the exact amount for a chosen principal.
 */
export * from './broken-period';
export * from './prepay';
export * from './prepayment-fee';
export * from './prepayment-quote';
export * from './remaining-schedule';
