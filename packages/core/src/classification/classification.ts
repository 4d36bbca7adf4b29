export const CLASSIFICATIONS = ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Severity rank: a higher rank is a worse class. */
export const classRank = (c: Classification): number => CLASSIFICATIONS.indexOf(c);

/** Non-performing (不良) = substandard + doubtful + loss. */
export const isNonPerforming = (c: Classification): boolean => classRank(c) >= 2;

export function parseClassification(text: string, field = 'classification'): Classification {
  if ((CLASSIFICATIONS as readonly string[]).includes(text)) return text as Classification;
  throw new RangeError(`${field}: unknown classification "${text}"`);
}
