/** One import line between two folders of src/ (paths from the repository root, `.ts`). */
export interface FolderImport {
  readonly from: string;
  readonly to: string;
}

/** A loop of folders that import each other, and the one import named to cut it. */
export interface FolderCycle {
  /** The folders in import order; the last imports the first through `closing`. */
  readonly folders: readonly string[];
  readonly closing: FolderImport;
  /** How many imports go the same way as `closing` (all of them must go). */
  readonly sameWay: number;
}

/** The first-level folder under src/ of a path such as `src/requests/due-date.ts`. */
export function folderOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  return parts[1];
}

type Edges = Map<string, Map<string, FolderImport[]>>;

function folderEdges(imports: readonly FolderImport[]): Edges {
  const edges: Edges = new Map();
  for (const line of imports) {
    const from = folderOf(line.from);
    const to = folderOf(line.to);
    if (from === undefined || to === undefined || from === to) continue;
    const out = edges.get(from) ?? new Map<string, FolderImport[]>();
    edges.set(from, out);
    out.set(to, [...(out.get(to) ?? []), line]);
  }
  return edges;
}

/** Tarjan's strongly connected components, each sorted, in a stable order. */
export function stronglyConnected(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let top: string;
    do {
      top = stack.pop()!;
      onStack.delete(top);
      component.push(top);
    } while (top !== node);
    components.push(component.sort());
  };
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** The shortest loop through the remaining edges of one component, or undefined. */
function shortestLoop(members: readonly string[], next: (node: string) => readonly string[]): string[] | undefined {
  let best: string[] | undefined;
  for (const start of members) {
    const cameFrom = new Map<string, string>([[start, start]]);
    let frontier = [start];
    let found: string | undefined;
    while (frontier.length > 0 && found === undefined) {
      const following: string[] = [];
      for (const node of frontier) {
        for (const to of next(node)) {
          if (to === start) { found = node; break; }
          if (cameFrom.has(to)) continue;
          cameFrom.set(to, node);
          following.push(to);
        }
        if (found !== undefined) break;
      }
      frontier = following;
    }
    if (found === undefined) continue;
    const loop = [found];
    while (loop[0] !== start) loop.unshift(cameFrom.get(loop[0]!)!);
    if (best === undefined || loop.length < best.length) best = loop;
  }
  return best;
}

/**
 * Every loop between folders, each named with one import that closes it. In a loop the way
 * carried by the fewest imports is the one named (it is most likely the one going the wrong
 * way); with that way taken out, the next loop is looked for, until none is left.
 */
export function findFolderCycles(imports: readonly FolderImport[]): FolderCycle[] {
  const edges = folderEdges(imports);
  const nodes = new Set<string>(edges.keys());
  for (const out of edges.values()) for (const to of out.keys()) nodes.add(to);
  const next = (node: string): string[] => [...(edges.get(node)?.keys() ?? [])].sort();
  const cycles: FolderCycle[] = [];
  for (const members of stronglyConnected([...nodes], next)) {
    if (members.length < 2) continue;
    const inside = new Set(members);
    const nextInside = (node: string): string[] => next(node).filter((to) => inside.has(to));
    for (let loop = shortestLoop(members, nextInside); loop; loop = shortestLoop(members, nextInside)) {
      const hops = loop.map((from, i) => ({ from, to: loop[(i + 1) % loop.length]! }));
      const lines = (hop: { from: string; to: string }): FolderImport[] => edges.get(hop.from)!.get(hop.to)!;
      let cut = hops.length - 1;
      hops.forEach((hop, i) => { if (lines(hop).length < lines(hops[cut]!).length) cut = i; });
      const weakest = lines(hops[cut]!);
      const folders = [...loop.slice(cut + 1), ...loop.slice(0, cut + 1)];
      cycles.push({ folders, closing: weakest[0]!, sameWay: weakest.length });
      edges.get(hops[cut]!.from)!.delete(hops[cut]!.to);
    }
  }
  return cycles;
}

/** One line a reader can act on: the loop, the import that closes it, what to do. */
export function describeCycle(cycle: FolderCycle): string {
  const loop = [...cycle.folders, cycle.folders[0]!].map((folder) => `src/${folder}`).join(' -> ');
  const more = cycle.sameWay > 1
    ? ` (and ${cycle.sameWay - 1} more import${cycle.sameWay > 2 ? 's' : ''} the same way)`
    : '';
  return `${loop}: ${cycle.closing.from} imports ${cycle.closing.to}${more}. ` +
    'Move the module to the lowest folder that owns its concept, or hand the function in as a ' +
    'dependency from the folder above (README, Architecture: the layers).';
}
