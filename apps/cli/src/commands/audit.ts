import { type AuditChainReport, connectFromEnv, migrate, verifyAuditChain } from '@daihou/db';
import { parseOptions } from '../shared/args';
import { type Command, EXIT_FAILURE, EXIT_OK, UsageError } from '../shared/cli-io';

const HELP = `Usage: daihou audit verify [--json]

Checks the audit trail's hash chain in the configured database (DATABASE_URL, else PGlite in DATA_DIR):
recomputes every entry's hash and link and compares the chain head. Exit 0 when the chain holds; exit 1
naming the first broken entry and why (edited, deleted, reordered, or a head that disagrees).
With --json prints {"ok", "entries", "head": {"seq", "hash"}, "firstBroken": {"seq", "problem", "message"}}.`;

function render(r: AuditChainReport): string {
  if (r.ok) {
    return `audit trail intact: ${r.entries} entries, head entry ${r.head.seq} (hash ${r.head.hash.slice(0, 16)}…)`;
  }
  const b = r.firstBroken;
  return [
    `audit trail BROKEN at entry ${b.seq} (${b.problem})`,
    `  ${b.message}`,
    `  ${r.entries} entries before it verified; the head records entry ${r.head.seq}`,
  ].join('\n');
}

export const audit: Command = async (args, io) => {
  const { values, positionals } = parseOptions(
    args,
    { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  if (values.help) {
    io.out(HELP);
    return EXIT_OK;
  }
  const what = positionals[0];
  if (what !== 'verify') {
    throw new UsageError(
      'what',
      what === undefined ? 'say what to do: verify' : `unknown audit command "${what}" (verify)`,
    );
  }
  if (positionals.length > 1) throw new UsageError('what', `unexpected argument "${positionals[1]}"`);

  const db = await connectFromEnv();
  try {
    await migrate(db);
    const report = await verifyAuditChain(db);
    io.out(values.json ? JSON.stringify(report) : render(report));
    if (report.ok) return EXIT_OK;
    io.err(
      `audit verify: the chain is broken at entry ${report.firstBroken.seq} (${report.firstBroken.problem})`,
    );
    return EXIT_FAILURE;
  } finally {
    await db.close();
  }
};
