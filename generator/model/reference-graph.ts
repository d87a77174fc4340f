import { compareText } from '../diagnostics/diagnostic.js';

/**
 * Finds the cycles of a directed graph: each strongly connected component with more than one node,
 * or one node with an edge to itself. Each cycle starts at its node that sorts first, and the
 * cycles are sorted by that node. It is Tarjan's algorithm, in time linear in nodes plus edges, with
 * an explicit stack so that a long chain of references cannot overflow the call stack.
 */
export function findCycles(nodes: readonly string[], edgesOf: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; edges: readonly string[]; next: number }[] = [];
    const open = (node: string): void => {
      index.set(node, counter);
      lowLink.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, edges: edgesOf(node), next: 0 });
    };
    open(start);

    while (work.length > 0) {
      const frame = work.at(-1)!;
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next]!;
        frame.next += 1;
        if (!index.has(target)) open(target);
        else if (onStack.has(target)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(target)!));
        continue;
      }

      work.pop();
      const parent = work.at(-1);
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) !== index.get(frame.node)) continue;

      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || frame.edges.includes(frame.node)) cycles.push(orderCycle(component, edgesOf));
    }
  }
  return cycles.sort((a, b) => compareText(a[0]!, b[0]!));
}

/** Orders a component as a walk along its edges from its first node, so messages show a real path. */
function orderCycle(component: readonly string[], edgesOf: (node: string) => readonly string[]): string[] {
  const members = new Set(component);
  const first = [...component].sort(compareText)[0]!;
  const ordered = [first];
  const visited = new Set([first]);
  let current = first;
  while (ordered.length < component.length) {
    const next = edgesOf(current).find((target) => members.has(target) && !visited.has(target));
    if (next === undefined) break;
    ordered.push(next);
    visited.add(next);
    current = next;
  }
  // A component whose walk stops early still lists every member, in path order first.
  for (const node of [...component].sort(compareText)) if (!visited.has(node)) ordered.push(node);
  return ordered;
}
