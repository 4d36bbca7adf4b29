/**
 * Guarantee circles (担保圈, RULES.md §11): borrowers guaranteeing each other in a cycle. On the directed
 * graph borrower → guarantor, a circle is a strongly connected component of two or more members (or one
 * member guaranteeing itself). Nodes are dense integer indexes 0 … n−1 so a book of a million borrowers
 * fits in typed arrays; the traversal keeps its own stack, so depth never reaches the call stack.
 */
export interface GuaranteeGraph {
  readonly nodes: number;
  /** Edge i runs from[i] → to[i]. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

export interface CircleResult {
  /** component[v]: the index of v's circle in `circles`, or −1 when v is in none. */
  readonly component: Int32Array;
  /** Each circle's members, ascending. */
  readonly circles: number[][];
}

export function findGuaranteeCircles(graph: GuaranteeGraph): CircleResult {
  const n = graph.nodes;
  const m = graph.from.length;
  if (graph.to.length !== m) throw new RangeError('from and to must have the same length');
  // Compressed adjacency: the edges of v are adj[start[v] … start[v+1]).
  const start = new Int32Array(n + 1);
  const selfLoop = new Uint8Array(n);
  for (let i = 0; i < m; i++) {
    const f = graph.from[i]!;
    const t = graph.to[i]!;
    if (f < 0 || f >= n || t < 0 || t >= n)
      throw new RangeError(`edge ${i} (${f} → ${t}) outside 0 … ${n - 1}`);
    start[f + 1]!++;
    if (f === t) selfLoop[f] = 1;
  }
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const adj = new Int32Array(m);
  const fill = start.slice(0, n);
  for (let i = 0; i < m; i++) adj[fill[graph.from[i]!]!++] = graph.to[i]!;

  // Iterative Tarjan: index/lowlink per node, an explicit call stack of (node, next edge).
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const sccStack = new Int32Array(n);
  let sccTop = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const circles: number[][] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = start[root]!;
    index[root] = low[root] = counter++;
    sccStack[sccTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const e = callEdge[depth]!;
      if (e < start[v + 1]!) {
        callEdge[depth] = e + 1;
        const w = adj[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          sccStack[sccTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = start[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = sccStack[--sccTop]!;
          onStack[w] = 0;
          members.push(w);
        } while (w !== v);
        if (members.length > 1 || selfLoop[v] === 1) {
          members.sort((a, b) => a - b);
          for (const x of members) component[x] = circles.length;
          circles.push(members);
        }
      }
      depth--;
      if (depth >= 0) {
        const u = callNode[depth]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  return { component, circles };
}
