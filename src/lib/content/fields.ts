import { z } from 'zod';
import { parseBeijing } from '../dates/index.ts';
import { isGuangdongRegion } from '../regions/index.ts';
import { isValidIsbn13 } from './isbn.ts';

/**
 * Field schemas every collection reuses. Messages are in Chinese and say what
 * to write instead; the build names the file and the field's English key.
 */

export const regionCode = z
  .string({ error: '须填写地区代码（6 位数字，如 440100 广州市）' })
  .refine(isGuangdongRegion, {
    error: (issue) =>
      `未知的地区代码 ${String(issue.input)}：须为广东省、其地级市或县级行政区的 GB/T 2260 代码，如 440100（广州市）`,
  });

/** A date or date-time; without an offset it is Beijing time. */
export const beijingDateTime = z.union([z.string(), z.date()], { error: '须填写日期时间，如 2023-11-18T19:30（北京时间）' })
  .transform((value, ctx) => {
    const parsed = parseBeijing(value);
    if (!parsed) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `无法识别的日期时间“${String(value)}”：请写成 2023-11-18T19:30（北京时间）`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** Only http(s): a `javascript:` or `data:` link in content must never reach a page. */
export const webUrl = z.string({ error: '须填写网址' }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: (issue) => `网址“${String(issue.input)}”无效：只接受以 http:// 或 https:// 开头的完整网址` },
);

export const isbn13 = z
  .string({ error: '须填写 ISBN-13，如 978-7-02-000220-7' })
  .refine(isValidIsbn13, {
    error: (issue) => `ISBN“${String(issue.input)}”无效：须为 13 位 ISBN（978 或 979 开头），且校验位正确`,
  })
  .transform((value) => value.replace(/[-\s]/g, ''));

export const nonEmptyText = (what: string) =>
  z.string({ error: `须填写${what}` }).trim().min(1, { error: `${what}不能为空` });

export const AUDIENCES = ['elderly', 'youth', 'family', 'workers', 'residents', 'all'] as const;
export const audience = z
  .array(z.enum(AUDIENCES, { error: `对象须为 ${AUDIENCES.join('、')} 之一` }))
  .min(1, { error: '至少填写一类对象' });

export const LEVELS = ['national', 'provincial', 'city', 'district'] as const;
export const awardLevel = z.enum(LEVELS, { error: `级别须为 ${LEVELS.join('、')} 之一` });

export const year = z
  .number({ error: '须填写年份（数字，如 2023）' })
  .int({ error: '年份须为整数' })
  .min(2005, { error: '年份过早：全民终身学习活动周始于 2005 年' })
  .max(2100, { error: '年份无效' });

/**
 * A cover image beside the Markdown file. `alt` is required: a resident
 * using a screen reader must learn what the photo shows.
 */
export function coverImage<T extends z.ZodType>(image: T) {
  return z.object(
    {
      src: image,
      alt: nonEmptyText('图片说明（alt，供读屏软件朗读）'),
      credit: z.string().trim().min(1).optional(),
    },
    { error: 'cover 须包含 src（图片文件）和 alt（图片说明）' },
  );
}
