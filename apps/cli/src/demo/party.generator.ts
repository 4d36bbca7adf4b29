import { addDays, type LocalDate, parseLocalDate } from '@daihou/core';
import {
  CITIES,
  type City,
  ENTERPRISE_SUFFIXES,
  FEMALE_GIVEN,
  INDUSTRIES,
  type Industry,
  MALE_GIVEN,
  MOBILE_PREFIXES,
  SURNAMES,
  TRADE_NAME_CHARS,
} from './demo-vocabulary';
import { CREDIT_CODE_CHARS, creditCode, residentId } from './identity-numbers';
import type { SeededRandom } from './seeded-random';

export const ID_TYPE_RESIDENT = '居民身份证';
export const ID_TYPE_CREDIT_CODE = '统一社会信用代码';

/** An invented natural person: a customer, or a guarantor from outside the bank. */
export interface DemoPerson {
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly birthDate: LocalDate;
  readonly city: City;
}

/** An invented enterprise. */
export interface DemoEnterprise {
  readonly name: string;
  readonly idNumber: string;
  readonly phone: string;
  readonly city: City;
  readonly industry: Industry;
}

/**
 * Identity numbers and enterprise names already handed out: the customer table has one row per
 * (id type, id number), and two enterprises of one name would confuse anyone reading the demo.
 */
export class PartyRegistry {
  readonly idNumbers = new Set<string>();
  readonly enterpriseNames = new Set<string>();
}

const CODE_CHARS = [...CREDIT_CODE_CHARS];

const cityWeights = CITIES.map((c, i) => [c, i < 9 ? 3 : 1] as const);

export function pickCity(rng: SeededRandom): City {
  return rng.weighted(cityWeights);
}

export function pickIndustry(rng: SeededRandom): Industry {
  return rng.weighted(INDUSTRIES.map((i) => [i, i.weight] as const));
}

export function mobilePhone(rng: SeededRandom): string {
  return `${rng.pick(MOBILE_PREFIXES)}${rng.digits(8)}`;
}

/** A Chinese personal name: a surname (frequent ones more often) and one or two given characters. */
export function personName(rng: SeededRandom, male: boolean): string {
  // Squaring a uniform draw favours the head of the list, as real surname frequencies do.
  const u = rng.next();
  const surname = SURNAMES[Math.floor(u * u * SURNAMES.length)]!;
  const pool = male ? MALE_GIVEN : FEMALE_GIVEN;
  const first = rng.pick(pool);
  if (surname.length === 2 || rng.chance(0.3)) return `${surname}${first}`;
  let second = rng.pick(pool);
  if (second === first && !rng.chance(0.2)) second = rng.pick(pool);
  return `${surname}${first}${second}`;
}

function birthDate(rng: SeededRandom): LocalDate {
  const start = parseLocalDate('1960-01-01');
  const span = 43 * 365 + 10; // through 2002-12-31
  return addDays(start, rng.int(0, span - 1));
}

export function person(rng: SeededRandom, registry: PartyRegistry, city: City = pickCity(rng)): DemoPerson {
  for (;;) {
    const male = rng.chance(0.55);
    const birth = birthDate(rng);
    // The sequence's last digit is odd for men, even for women (GB 11643).
    const sequence = rng.int(0, 499) * 2 + (male ? 1 : 0);
    const id = residentId(rng.pick(city.districtCodes), birth, sequence === 0 ? 2 : sequence);
    if (registry.idNumbers.has(id)) continue;
    registry.idNumbers.add(id);
    return { name: personName(rng, male), idNumber: id, phone: mobilePhone(rng), birthDate: birth, city };
  }
}

/** 「{城市}{字号}{行业词}有限公司」, or a financing guarantee company when `guarantor` is set. */
export function enterprise(
  rng: SeededRandom,
  registry: PartyRegistry,
  options: { city?: City; industry?: Industry; guarantor?: boolean } = {},
): DemoEnterprise {
  const city = options.city ?? pickCity(rng);
  const industry = options.industry ?? pickIndustry(rng);
  const cityShort = city.name.replace(/市$/, '');
  for (;;) {
    const a = rng.pick(TRADE_NAME_CHARS);
    let b = rng.pick(TRADE_NAME_CHARS);
    while (b === a) b = rng.pick(TRADE_NAME_CHARS);
    const business = options.guarantor ? '融资担保' : rng.pick(industry.businessWords);
    const suffix = options.guarantor ? '有限公司' : rng.weighted(ENTERPRISE_SUFFIXES);
    const name = `${cityShort}${a}${b}${business}${suffix}`;
    if (registry.enterpriseNames.has(name)) continue;
    // Codes issued since 2015 carry an "MA…" organisation part; older ones a numeric one.
    const body = rng.chance(0.6)
      ? `MA${Array.from({ length: 6 }, () => rng.pick(CODE_CHARS)).join('')}`
      : rng.digits(8);
    const code = creditCode(rng.pick(city.districtCodes), body);
    if (registry.idNumbers.has(code)) continue;
    registry.enterpriseNames.add(name);
    registry.idNumbers.add(code);
    return { name, idNumber: code, phone: mobilePhone(rng), city, industry };
  }
}
