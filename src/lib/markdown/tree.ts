import type { Element, Nodes, Root } from 'hast';

/** Every element under `node`, depth first, in document order. */
export function* elementsOf(node: Nodes): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elementsOf(child);
}

/** A tree as plain objects: Sätteri hands plugins lazy views that the hast utilities cannot copy or rebuild. */
export function plainTree(root: Readonly<Root>): Root {
  return JSON.parse(JSON.stringify(root)) as Root;
}
