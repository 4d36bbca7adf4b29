/**
 * A value an audit entry can hold: JSON, with integers either safe JavaScript numbers or bigints of any
 * size. Non-integer numbers are refused: amounts are integer fen or yuan strings, rates are strings
 * (RULES.md §1), and a float's text would not survive the round trip through jsonb unchanged.
 */
export type AuditJson =
  | null
  | boolean
  | number
  | bigint
  | string
  | readonly AuditJson[]
  | { readonly [key: string]: AuditJson | undefined };

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, path: string, out: string[]): void {
  if (value === null || value === undefined) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'bigint':
      out.push(value.toString());
      return;
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new TypeError(`${path}: ${value} is not a safe integer (audit values hold integers only)`);
      }
      // String(-0) is "0": one text per value.
      out.push(String(value));
      return;
    case 'object':
      break;
    default:
      throw new TypeError(`${path}: a ${typeof value} cannot be audited`);
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, `${path}[${i}]`, out);
    });
    out.push(']');
    return;
  }
  if (!isPlainObject(value)) {
    throw new TypeError(`${path}: a ${value.constructor?.name ?? 'non-plain object'} cannot be audited`);
  }
  const record = value as Record<string, unknown>;
  // Sorted by UTF-16 code units (JavaScript's default sort, as RFC 8785); undefined members are absent.
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i > 0) out.push(',');
    out.push(JSON.stringify(k), ':');
    write(record[k], `${path}.${k}`, out);
  });
  out.push('}');
}

/**
 * The one text of a value that the audit chain hashes: object keys sorted, no whitespace, integers as
 * their exact decimal digits (bigints too), strings escaped as JSON.stringify does. Equal values give
 * equal text whatever the key order they were built in. Throws TypeError on what it cannot represent.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  write(value, '$', out);
  return out.join('');
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Parses JSON text keeping every integer exact: a safe integer becomes a number, a larger one a bigint.
 * `JSON.parse` would round 12345678901234567890 to a float, and the chain could then never verify.
 * A number with a fraction or exponent becomes a JavaScript number (canonicalJson refuses it unless it
 * is integral, which only tampering can produce).
 */
export function parseJsonExact(text: string): AuditJson {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`invalid JSON at ${i}: ${what}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const value = (): AuditJson => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, AuditJson> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const key = string();
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        // defineProperty: a "__proto__" key is data here, never the object's prototype.
        Object.defineProperty(obj, key, {
          value: value(),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        ws();
        const sep = text[i++];
        if (sep === '}') return obj;
        if (sep !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: AuditJson[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        const sep = text[i++];
        if (sep === ']') return arr;
        if (sep !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return number();
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const number = (): number | bigint => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail('expected a value');
    i += m[0].length;
    if (m[2] === undefined && m[3] === undefined) {
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return Number(m[0]);
  };
  const result = value();
  ws();
  if (i !== text.length) fail('trailing characters');
  return result;
}

/** An audit value with bigints as decimal strings, for serialisers that cannot write bigints. */
export function toJsonSafe(value: AuditJson): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toJsonSafe(v as AuditJson)]),
    );
  }
  return value;
}
