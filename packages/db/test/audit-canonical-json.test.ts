import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashAuditEntry } from '../src/audit/audit-hash';
import { type AuditJson, canonicalJson, parseJsonExact, toJsonSafe } from '../src/audit/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives one text per value whatever order the object was built in', () => {
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('writes bigints of any size as exact digits, and a safe bigint like the number', () => {
    expect(canonicalJson({ micro: 123456789012345678901234567890n })).toBe(
      '{"micro":123456789012345678901234567890}',
    );
    expect(canonicalJson(5n)).toBe(canonicalJson(5));
    expect(canonicalJson(-0)).toBe('0');
  });

  it('leaves undefined members out and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
  });

  it.each([
    [0.5, /\$: 0.5 is not a safe integer/],
    [{ amount: 2 ** 53 }, /\$\.amount: .* is not a safe integer/],
    [{ at: new Date(0) }, /\$\.at: a Date cannot be audited/],
    [[() => 1], /\$\[0\]: a function cannot be audited/],
    [Number.NaN, /not a safe integer/],
  ])('refuses %s', (value, message) => {
    expect(() => canonicalJson(value)).toThrow(message);
  });
});

describe('parseJsonExact', () => {
  it('keeps integers beyond 2^53 exact as bigints and safe ones as numbers', () => {
    expect(parseJsonExact('{"a": 12345678901234567890, "b": -7, "c": [1, 2.5]}')).toEqual({
      a: 12345678901234567890n,
      b: -7,
      c: [1, 2.5],
    });
  });

  it('reads what jsonb writes (spaces, its own key order, unicode)', () => {
    const text = '{"a": "éx\\n\\"q\\"", "b": 12345678901234567890123, "c": [1, 2], "aa": null}';
    expect(canonicalJson(parseJsonExact(text))).toBe(
      '{"a":"éx\\n\\"q\\"","aa":null,"b":12345678901234567890123,"c":[1,2]}',
    );
  });

  it('keeps a "__proto__" key as data', () => {
    const v = parseJsonExact('{"__proto__": {"x": 1}}') as Record<string, AuditJson>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(canonicalJson(v)).toBe('{"__proto__":{"x":1}}');
  });

  it.each(['', '{', '{"a" 1}', '[1,]', 'tru', '1 2', '"open'])('refuses %j', (text) => {
    expect(() => parseJsonExact(text)).toThrow(SyntaxError);
  });

  it('round-trips any audit value: canonical(parse(canonical(v))) = canonical(v)', () => {
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.maxSafeInteger(),
        fc.bigInt(),
        fc.string({ unit: 'grapheme' }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(parseJsonExact(text))).toBe(text);
      }),
    );
  });
});

describe('toJsonSafe', () => {
  it('turns bigints into decimal strings', () => {
    expect(JSON.stringify(toJsonSafe({ a: [12345678901234567890n, 1] }))).toBe(
      '{"a":["12345678901234567890",1]}',
    );
  });
});

describe('hashAuditEntry', () => {
  const content = {
    occurredAt: '2026-02-10T08:00:00.000000Z',
    actor: 'officer.a',
    action: 'loan.class_override',
    objectType: 'loan',
    objectId: '7',
    branchId: 'A',
    before: { classification: 'normal' },
    after: { classification: 'doubtful' },
    requestId: 'req-1',
  };

  it('is a sha256 hex that depends on the previous hash and on every field', () => {
    const h = hashAuditEntry(GENESIS_HASH, content);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAuditEntry('1'.repeat(64), content)).not.toBe(h);
    for (const [k, v] of Object.entries({
      ...content,
      before: { classification: 'loss' },
      requestId: null,
    })) {
      if (v === content[k as keyof typeof content]) continue;
      expect(hashAuditEntry(GENESIS_HASH, { ...content, [k]: v }), k).not.toBe(h);
    }
    expect(hashAuditEntry(GENESIS_HASH, { ...content, actor: 'officer.b' })).not.toBe(h);
  });

  it('does not depend on the key order of before/after', () => {
    const a = hashAuditEntry(GENESIS_HASH, { ...content, after: { x: 1, y: 2 } });
    const b = hashAuditEntry(GENESIS_HASH, { ...content, after: { y: 2, x: 1 } });
    expect(a).toBe(b);
  });
});
