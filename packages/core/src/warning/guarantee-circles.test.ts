import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findGuaranteeCircles } from './guarantee-circles';

const graph = (nodes: number, edges: [number, number][]) => ({
  nodes,
  from: Int32Array.from(edges.map((e) => e[0])),
  to: Int32Array.from(edges.map((e) => e[1])),
});

describe('findGuaranteeCircles', () => {
  it('finds a cycle and leaves chains out', () => {
    // 0 → 1 → 2 → 0 is a circle; 3 → 0 and 4 → 5 are chains.
    const r = findGuaranteeCircles(
      graph(6, [
        [0, 1],
        [1, 2],
        [2, 0],
        [3, 0],
        [4, 5],
      ]),
    );
    expect(r.circles).toEqual([[0, 1, 2]]);
    expect(Array.from(r.component)).toEqual([0, 0, 0, -1, -1, -1]);
  });

  it('counts a self-guarantee as a circle of one and separates two circles', () => {
    const r = findGuaranteeCircles(
      graph(5, [
        [0, 0],
        [1, 2],
        [2, 1],
        [3, 4],
      ]),
    );
    expect(r.circles.sort((a, b) => a[0]! - b[0]!)).toEqual([[0], [1, 2]]);
  });

  it('refuses edges outside the nodes', () => {
    expect(() => findGuaranteeCircles(graph(2, [[0, 2]]))).toThrow(RangeError);
  });

  it('walks a 200,000-long chain closed into one cycle without recursion', () => {
    const n = 200_000;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      from[i] = i;
      to[i] = (i + 1) % n;
    }
    const r = findGuaranteeCircles({ nodes: n, from, to });
    expect(r.circles).toHaveLength(1);
    expect(r.circles[0]).toHaveLength(n);
  });

  it('agrees with mutual reachability on random small graphs', () => {
    const arb = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
          maxLength: 30,
        }),
      ),
    );
    fc.assert(
      fc.property(arb, ([n, edges]) => {
        const reach = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
        for (const [a, b] of edges) reach[a]![b] = true;
        for (let k = 0; k < n; k++)
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
        const r = findGuaranteeCircles(graph(n, edges));
        for (let i = 0; i < n; i++) {
          expect(r.component[i] !== -1).toBe(reach[i]![i]);
          for (let j = 0; j < n; j++) {
            const same = r.component[i] !== -1 && r.component[i] === r.component[j];
            expect(same).toBe(i === j ? reach[i]![i]! : reach[i]![j]! && reach[j]![i]!);
          }
        }
      }),
    );
  });
});
