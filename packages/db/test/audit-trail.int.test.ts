import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, listAuditEntries, type NewAuditEntry } from '../src/audit/audit-entry.repo';
import { GENESIS_HASH } from '../src/audit/audit-hash';
import { verifyAuditChain } from '../src/audit/audit-verify';
import type { Database } from '../src/sql-client';
import { createTestDatabase, type TestDatabase, testEngines } from '../src/testing/test-databases';

const entry = (n: number, extra: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  actor: n % 2 ? 'officer.a' : 'system',
  action: 'loan.class_override',
  objectType: 'loan',
  objectId: String(n),
  branchId: n % 3 ? 'A' : 'B',
  before: { classification: 'normal', n },
  after: { classification: 'doubtful', n, micro: 123456789012345678901234567890n },
  requestId: `req-${n}`,
  ...extra,
});

/**
 * What someone with the power to bypass the triggers (a superuser, or the tables' owner) can do; the
 * hash chain is what catches it.
 */
async function tamper(db: Database, ...statements: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    for (const s of statements) await tx.query(s);
  });
}

async function appendMany(db: Database, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) await appendAudit(db, entry(n));
}

describe.each(testEngines())('audit trail on %s', (engine) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(engine);
  });
  afterEach(() => t.dispose());

  it('an empty chain verifies', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({
      ok: true,
      entries: 0,
      head: { seq: '0', hash: GENESIS_HASH },
    });
  });

  it('appends a chain that verifies, with each entry naming its predecessor', async () => {
    const first = await appendAudit(t.db, entry(1));
    const second = await t.db.transaction((tx) => appendAudit(tx, entry(2)));
    expect(first).toMatchObject({ seq: '1', prevHash: GENESIS_HASH, actor: 'officer.a', objectId: '1' });
    expect(first.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(second).toMatchObject({ seq: '2', prevHash: first.hash });
    await appendMany(t.db, 10);
    const report = await verifyAuditChain(t.db, { batchSize: 3 });
    expect(report.ok).toBe(true);
    expect(report.entries).toBe(12);
    expect(report.head.seq).toBe('12');
  });

  it('keeps bigints exact through jsonb, so the chain still verifies', async () => {
    await appendAudit(t.db, entry(1));
    const [stored] = (await listAuditEntries(t.db)).items;
    expect(stored!.after).toEqual({
      classification: 'doubtful',
      n: 1,
      micro: 123456789012345678901234567890n,
    });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('an entry rolled back with its transaction leaves no gap', async () => {
    await appendAudit(t.db, entry(1));
    await expect(
      t.db.transaction(async (tx) => {
        await appendAudit(tx, entry(2));
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const third = await appendAudit(t.db, entry(3));
    expect(third.seq).toBe('2');
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('refuses update, delete and truncate on the database side', async () => {
    await appendMany(t.db, 2);
    await expect(t.db.query("update audit_entry set actor = 'x' where seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('delete from audit_entry where seq = 2')).rejects.toThrow(/append-only/);
    await expect(t.db.query('truncate audit_entry')).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from audit_chain_head')).rejects.toThrow(/append-only/);
    await expect(t.db.query('update audit_chain_head set seq = 1')).rejects.toThrow(/only moves forward/);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('refuses an entry that does not extend the head (a fork), even without the lock', async () => {
    await appendMany(t.db, 2);
    const [last] = (await listAuditEntries(t.db, { pageSize: 1 })).items;
    await expect(
      t.db.query(
        `insert into audit_entry (seq, occurred_at, actor, action, object_type, prev_hash, hash)
         values (2, now(), 'x', 'y', 'z', $1, $2)`,
        [last!.prevHash, 'f'.repeat(64)],
      ),
    ).rejects.toThrow();
    await expect(
      t.db.query(
        `insert into audit_entry (seq, occurred_at, actor, action, object_type, prev_hash, hash)
         values (3, now(), 'x', 'y', 'z', $1, $2)`,
        [GENESIS_HASH, 'f'.repeat(64)],
      ),
    ).rejects.toThrow(/does not extend the chain head/);
  });

  it('names an entry whose after-image was edited', async () => {
    await appendMany(t.db, 6);
    await tamper(
      t.db,
      `update audit_entry set after = jsonb_set(after, '{classification}', '"normal"') where seq = 4`,
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      entries: 3,
      firstBroken: { seq: '4', problem: 'edited', message: expect.stringMatching(/entry 4 was changed/) },
    });
  });

  it.each([
    ['actor', "update audit_entry set actor = 'someone.else' where seq = 2"],
    ['time', "update audit_entry set occurred_at = occurred_at - interval '1 day' where seq = 2"],
    ['before-image', `update audit_entry set before = '{"classification": "loss", "n": 2}' where seq = 2`],
    ['request id', 'update audit_entry set request_id = null where seq = 2'],
  ])('names an entry whose %s was edited', async (_what, statement) => {
    await appendMany(t.db, 3);
    await tamper(t.db, statement);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      firstBroken: { seq: '2', problem: 'edited' },
    });
  });

  it('names a deleted entry (a gap)', async () => {
    await appendMany(t.db, 6);
    await tamper(t.db, 'delete from audit_entry where seq = 3');
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      entries: 2,
      firstBroken: {
        seq: '3',
        problem: 'deleted',
        message: 'entry 3 is missing: the chain goes from entry 2 to entry 4',
      },
    });
  });

  it('names entries deleted from the end (the head remembers them)', async () => {
    await appendMany(t.db, 6);
    await tamper(t.db, 'delete from audit_entry where seq >= 5');
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      entries: 4,
      firstBroken: {
        seq: '5',
        problem: 'deleted',
        message: expect.stringMatching(/entries 5–6 are missing from the end/),
      },
    });
  });

  it('names a deletion hidden by renumbering the entries after it', async () => {
    await appendMany(t.db, 5);
    await tamper(
      t.db,
      'delete from audit_entry where seq = 2',
      'update audit_entry set seq = seq + 999 where seq > 2',
      'update audit_entry set seq = seq - 1000 where seq > 1000',
      'update audit_chain_head set seq = 4',
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      entries: 1,
      firstBroken: { seq: '2', problem: 'deleted', message: expect.stringMatching(/no longer exists/) },
    });
  });

  it('names two swapped entries as reordered', async () => {
    await appendMany(t.db, 6);
    await tamper(
      t.db,
      'update audit_entry set seq = 1003 where seq = 3',
      'update audit_entry set seq = 3 where seq = 4',
      'update audit_entry set seq = 4 where seq = 1003',
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      entries: 2,
      firstBroken: {
        seq: '3',
        problem: 'reordered',
        message: 'entry 3 is out of place: it was written after the entry now at seq 4, not after entry 2',
      },
    });
  });

  it('names a chain head that disagrees with the entries', async () => {
    await appendMany(t.db, 3);
    await tamper(t.db, `update audit_chain_head set hash = '${'a'.repeat(64)}'`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      firstBroken: { seq: '3', problem: 'head' },
    });
  });

  it('refuses bad entries naming the field, writing nothing', async () => {
    await expect(appendAudit(t.db, entry(1, { actor: ' ' }))).rejects.toMatchObject({
      code: 'bad_input',
      field: 'actor',
    });
    await expect(appendAudit(t.db, entry(1, { action: 'Class Override' }))).rejects.toMatchObject({
      code: 'bad_input',
      field: 'action',
    });
    await expect(appendAudit(t.db, entry(1, { after: { rate: 4.35 } }))).rejects.toMatchObject({
      code: 'bad_input',
      field: 'after',
      message: expect.stringMatching(/after\.rate: 4\.35 is not a safe integer/),
    });
    expect((await listAuditEntries(t.db)).total).toBe(0);
  });

  it('lists entries for auditors with filters, newest first, one page at a time', async () => {
    await appendMany(t.db, 9);
    const all = await listAuditEntries(t.db);
    expect(all.total).toBe(9);
    expect(all.items.map((e) => e.seq)).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1']);
    const byActor = await listAuditEntries(t.db, { actor: 'system', order: 'asc' });
    expect(byActor.items.map((e) => e.seq)).toEqual(['2', '4', '6', '8']);
    expect((await listAuditEntries(t.db, { branchId: 'B' })).items.map((e) => e.objectId)).toEqual([
      '9',
      '6',
      '3',
    ]);
    expect((await listAuditEntries(t.db, { objectType: 'loan', objectId: '5' })).items).toHaveLength(1);
    expect((await listAuditEntries(t.db, { requestId: 'req-7' })).items[0]!.seq).toBe('7');
    const page2 = await listAuditEntries(t.db, { page: 2, pageSize: 4 });
    expect(page2).toMatchObject({ total: 9 });
    expect(page2.items.map((e) => e.seq)).toEqual(['5', '4', '3', '2']);
    expect((await listAuditEntries(t.db, { from: '2000-01-01', to: '2999-01-01T00:00:00Z' })).total).toBe(9);
    expect((await listAuditEntries(t.db, { from: '2999-01-01' })).total).toBe(0);
  });

  it.each([
    [{ pageSize: 0 }, 'pageSize'],
    [{ from: 'yesterday' }, 'from'],
    [{ to: '2026-13-45' }, 'to'],
    [{ order: 'sideways' }, 'order'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses the listing filter %j naming it', async (filters, field) => {
    await expect(listAuditEntries(t.db, filters as never)).rejects.toMatchObject({
      code: 'bad_input',
      field,
    });
  });

  // PGlite runs transactions one at a time; on PostgreSQL these are real parallel connections.
  it('concurrent transactions appending at once still form one valid chain', async () => {
    const writers = 24;
    await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        t.db.transaction(async (tx) => {
          // Overlap the transactions: each does some work before and holds the head while it finishes.
          if (engine === 'postgres') await tx.query('select pg_sleep($1)', [(i % 5) / 200]);
          await appendAudit(tx, entry(i + 1));
          await appendAudit(tx, entry(i + 101));
          if (engine === 'postgres') await tx.query('select pg_sleep(0.005)');
        }),
      ),
    );
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ ok: true, entries: writers * 2, head: { seq: String(writers * 2) } });
    // Each transaction's two entries are adjacent: the head stayed locked from its first append to commit.
    const asc = (await listAuditEntries(t.db, { order: 'asc', pageSize: 500 })).items;
    for (let i = 0; i < asc.length; i += 2) {
      expect(Number(asc[i + 1]!.objectId) - Number(asc[i]!.objectId)).toBe(100);
    }
  });
});
