import { hashPassword, verifyPassword } from '@daihou/db';
import { describe, expect, it } from 'vitest';

describe('password hashes (scrypt)', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('daihou-demo');
    const b = await hashPassword('daihou-demo');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('daihou-demo', a)).toBe(true);
    expect(await verifyPassword('daihou-demo', b)).toBe(true);
    expect(await verifyPassword('daihou-Demo', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('honours the parameters stored in the hash', async () => {
    const cheap = await hashPassword('口令123', { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('口令123', cheap)).toBe(true);
    expect(await verifyPassword('口令124', cheap)).toBe(false);
  });

  it('treats a missing, malformed or tampered hash as no match', async () => {
    const good = await hashPassword('daihou-demo', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('daihou-demo', null)).toBe(false);
    expect(await verifyPassword('daihou-demo', '')).toBe(false);
    expect(await verifyPassword('daihou-demo', 'daihou-demo')).toBe(false);
    expect(await verifyPassword('daihou-demo', good.replace('scrypt$1024', 'scrypt$1000'))).toBe(false);
    expect(await verifyPassword('daihou-demo', good.replace('scrypt$1024', 'scrypt$1073741824'))).toBe(false);
    const parts = good.split('$');
    parts[5] = Buffer.alloc(32, 1).toString('base64');
    expect(await verifyPassword('daihou-demo', parts.join('$'))).toBe(false);
  });
});
