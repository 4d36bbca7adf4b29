/** One debtor's principal owed across its active loans, in fen. */
export interface DebtorExposure {
  readonly customerId: string;
  readonly principalOwed: bigint;
}

/**
 * The key customers by size (RULES.md §9): the `count` largest debtors by principal owed; on equal
 * amounts the lower customer id first, so the choice is the same on every run. Debtors owing nothing
 * are never key customers by size.
 */
export function largestDebtors(debtors: readonly DebtorExposure[], count: number): string[] {
  return [...debtors]
    .filter((d) => d.principalOwed > 0n)
    .sort((a, b) =>
      a.principalOwed !== b.principalOwed
        ? a.principalOwed > b.principalOwed
          ? -1
          : 1
        : BigInt(a.customerId) < BigInt(b.customerId)
          ? -1
          : 1,
    )
    .slice(0, count > 0 ? count : 0)
    .map((d) => d.customerId);
}
