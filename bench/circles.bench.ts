import { findGuaranteeCircles } from '@daihou/core';

export interface CirclesBenchResult {
  readonly benchmark: 'circles';
  readonly borrowers: number;
  readonly links: number;
  readonly circles: number;
  readonly largestCircle: number;
  readonly seconds: number;
}

/**
 * Guarantee-circle detection (issue #7 "Speed": 1,000,000 borrowers and 300,000 guarantee links under
 * 10 seconds). A deterministic pseudo-random graph: seven links in ten point from a borrower to a
 * random guarantor (chains) and three close a ring of three, so the graph has both chains and circles.
 * `daihou bench circles [--loans N]` (N borrowers).
 */
export function benchCircles(borrowers = 1_000_000, links = 300_000): CirclesBenchResult {
  const from = new Int32Array(links);
  const to = new Int32Array(links);
  let seed = 0x2545f491;
  const next = () => {
    // xorshift32: reproducible without Math.random.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % borrowers;
  };
  // In each group of ten links, seven are chain links and three close a ring of three borrowers.
  const ring = [0, 0, 0];
  for (let i = 0; i < links; i++) {
    const k = i % 10;
    if (k === 7) for (let j = 0; j < 3; j++) ring[j] = next();
    if (k < 7) {
      from[i] = next();
      to[i] = next();
    } else {
      from[i] = ring[k - 7]!;
      to[i] = ring[(k - 6) % 3]!;
    }
  }
  const t0 = process.hrtime.bigint();
  const { circles } = findGuaranteeCircles({ nodes: borrowers, from, to });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return {
    benchmark: 'circles',
    borrowers,
    links,
    circles: circles.length,
    largestCircle: circles.reduce((m, c) => Math.max(c.length, m), 0),
    seconds: Number(seconds.toFixed(3)),
  };
}
