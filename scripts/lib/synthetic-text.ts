import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The raw text of the synthetic sites the benchmarks build: invented names
 * and event words, plus the sample content's own sentences, so that the
 * vocabulary grows with the number of entries as a real site's does. One
 * seeded random source drives every choice, so a seed gives the same site on
 * every run and machine.
 */

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛龚邵万钱严覃戴莫孔汤',
];
export const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽',
];
export const EVENT_WORDS = [
  '读书会',
  '公开课',
  '开放日',
  '研讨会',
  '开幕式',
  '亲子共读',
  '智能手机课堂',
  '非遗体验课',
  '书法班',
  '摄影展',
  '线上讲堂',
  '职工夜校',
  '长者学堂',
  '科普讲座',
  '征文活动',
  '诗词大会',
  '粤剧赏析',
  '手工课',
  '读书分享会',
  '社区市集',
];
export const VENUE_WORDS = [
  '图书馆',
  '文化馆',
  '社区学校',
  '老年大学',
  '党群服务中心',
  '职工之家',
  '新华书店',
  '青少年宫',
  '博物馆',
  '开放大学',
];

export type Pick = <T>(list: readonly T[]) => T;

export function picker(rand: () => number): Pick {
  return (list) => list[Math.floor(rand() * list.length)]!;
}

/** A two- or three-character Chinese name. */
export function personName(rand: () => number): string {
  const pick = picker(rand);
  return pick(SURNAMES) + pick(GIVEN) + (rand() < 0.7 ? pick(GIVEN) : '');
}

/** Sentences of the sample content (titles, summaries, bodies), the generators' raw text. */
export function sampleSentences(contentDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) {
        const text = readFileSync(full, 'utf8').replace(/^---[\s\S]*?---/, '');
        for (const s of text.split(/(?<=[。！？])/)) if (/\p{Script=Han}{6,}/u.test(s)) out.push(s.replace(/[#*>\-\n]/g, '').trim());
      }
    }
  };
  walk(contentDir);
  return out;
}

/** A valid ISBN-13 of a Chinese publisher (978-7-…), check digit and all: the build rejects any other. */
export function isbn13(rand: () => number): string {
  const digits = [9, 7, 8, 7, ...Array.from({ length: 8 }, () => Math.floor(rand() * 10))];
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 ? 3 : 1), 0);
  return [...digits, (10 - (sum % 10)) % 10].join('');
}
