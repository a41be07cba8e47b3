import type { Page } from 'playwright-core';

/** One node of Chromium's accessibility tree, as a screen reader is given it. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
}

interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/**
 * The page's accessibility tree (Chromium's, through the DevTools protocol: what
 * NVDA and JAWS read in Chrome), as a list in reading order without the nodes
 * that are hidden from it. Under `selector`, only the subtrees of the elements it matches.
 */
export async function accessibilityTree(page: Page, selector?: string): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: CdpAxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    let roots = [nodes[0]!];
    if (selector) {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
      const wanted = new Set<number>();
      for (const nodeId of nodeIds) wanted.add((await cdp.send('DOM.describeNode', { nodeId })).node.backendNodeId);
      roots = nodes.filter((n) => n.backendDOMNodeId !== undefined && wanted.has(n.backendDOMNodeId));
    }
    const out: AxNode[] = [];
    const walk = (node: CdpAxNode) => {
      if (!node.ignored) {
        out.push({ role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '' });
      }
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    roots.forEach(walk);
    return out;
  } finally {
    await cdp.detach();
  }
}

/**
 * The accessibility tree's node of each element `selector` matches, in
 * document order: its role, name and description. Elements out of the tree
 * (not displayed, as a map's dots for other sizes of names) are left out.
 */
export async function accessibleNodes(page: Page, selector: string): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const out: AxNode[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
        nodes: CdpAxNode[];
      };
      const node = nodes[0]!;
      if (node.ignored) continue;
      out.push({ role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '' });
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

/** What a screen reader reads of the tree, text by text: each node's name that is text on the page. */
export function spokenTexts(tree: AxNode[]): string[] {
  return tree.filter((n) => n.role === 'StaticText').map((n) => n.name);
}
