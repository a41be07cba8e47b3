import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inputText } from '../../i18n/zh-CN/input.ts';
import { controlCharacterFindings, controlCharacterIn, controlCharacterMessage } from './control-characters.ts';
import { validateJsonText } from './schema.ts';

describe('characters a feed reader cannot read', () => {
  it('finds C0 controls, DEL and U+FFFE/FFFF, and leaves tabs, line breaks and Chinese alone', () => {
    expect(controlCharacterIn('攻击A\u0001B')).toBe('U+0001');
    expect(controlCharacterIn('a\u000bb')).toBe('U+000B');
    expect(controlCharacterIn('\u007f')).toBe('U+007F');
    expect(controlCharacterIn('x\ufffe')).toBe('U+FFFE');
    expect(controlCharacterIn('第一行\n第二行\r\n\t缩进　全角空格《书名》')).toBeUndefined();
  });

  it('finds the invisible characters that turn text around, and says so', () => {
    expect(controlCharacterIn('终身学习\u202egpj.exe')).toBe('U+202E');
    expect(controlCharacterIn('a\u2066b\u2069')).toBe('U+2066');
    expect(controlCharacterMessage('U+202E')).toBe(inputText.text.directionControl('U+202E'));
    expect(controlCharacterMessage('U+0001')).toBe(inputText.text.controlCharacter('U+0001'));
    expect(controlCharacterFindings({ title: '读书\u202d月' })).toEqual([
      { path: ['title'], message: inputText.text.directionControl('U+202D') },
    ]);
  });

  it('names each string that holds one by its key path, in lists and keys too', () => {
    const findings = controlCharacterFindings({
      title: '读书\u0000',
      venue: { name: '图书馆' },
      tags: ['好', '坏\u0008'],
      ['k\u0002']: 1,
    });
    expect(findings.map((f) => f.path)).toEqual([['title'], ['tags', 1], ['k\u0002']]);
    expect(findings[0]!.message).toBe(inputText.text.controlCharacter('U+0000'));
  });

  it('stops a JSON file whose text holds one written as \\u0000, naming the field', () => {
    const rules = {
      schema: z.object({ items: z.array(z.object({ place: z.string() })) }),
      shape: '{ "items": […] }',
      keys: ['items'],
    };
    const result = validateJsonText('{ "items": [{ "place": "广州塔\\u0000" }] }', 'content/data/lighting/2023.json', rules);
    expect(result).toEqual({
      ok: false,
      problems: [
        { file: 'content/data/lighting/2023.json', field: 'items[0].place', message: inputText.text.controlCharacter('U+0000') },
      ],
    });
  });

  it('looks at an object reached twice once, and names what it holds at its first path', () => {
    // A list of nine that is the same list each time, five deep: 9^5 paths to one string.
    let shared: unknown = ['l', 'l\u0001'];
    for (let level = 0; level < 5; level += 1) shared = Array(9).fill(shared);
    expect(controlCharacterFindings({ x: shared })).toEqual([
      { path: ['x', 0, 0, 0, 0, 0, 1], message: controlCharacterMessage('U+0001') },
    ]);
  });
});
