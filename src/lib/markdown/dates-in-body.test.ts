import type { Element, Nodes, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { markDatesInBody } from './dates-in-body.ts';

const text = (value: string) => ({ type: 'text' as const, value });
const element = (tagName: string, ...children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const body = (...children: Root['children']): Root => ({ type: 'root', children });
/** The tree as markup, with the one attribute the marking adds. */
const toHtml = (node: Nodes): string => {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map(toHtml).join('');
  if (node.type !== 'element') return '';
  const datetime = node.properties.dateTime === undefined ? '' : ` datetime="${String(node.properties.dateTime)}"`;
  return `<${node.tagName}${datetime}>${node.children.map(toHtml).join('')}</${node.tagName}>`;
};

describe('markDatesInBody', () => {
  it('marks each date a paragraph names, in bold too, and leaves the words as written', () => {
    const tree = body(element('p', text('开幕式于2023年11月18日上午举行，'), element('strong', text('11月25日前')), text('报送。')));
    expect(toHtml(markDatesInBody(tree))).toBe(
      '<p>开幕式于<time datetime="2023-11-18">2023年11月18日</time><wbr></wbr>上午举行，<strong><time datetime="11-25">11月25日</time><wbr></wbr>前</strong>报送。</p>',
    );
  });

  it('leaves code, a date marked already, and what is not a date (13月, 〔2023〕18号) alone', () => {
    const tree = body(
      element('p', element('code', text('2023年11月18日'))),
      element('pre', element('code', text('date: 2023年'))),
      element('p', element('time', text('2023年'))),
      element('p', text('教职成厅函〔2023〕18号，13月1日')),
    );
    const before = toHtml(tree);
    expect(toHtml(markDatesInBody(tree))).toBe(before);
  });
});
