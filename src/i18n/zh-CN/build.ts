import { fieldNamed } from './input.ts';

/** What the build says when an input is wrong that the checks before it could not see. */
export const build = {
  /** A content entry Astro rejected: the file, then one line per field. */
  entryError: (file: string, details: string) => `内容文件有误：${file}\n${details}\n请修改该文件后重新构建。`,
  fieldProblem: (field: string, message: string, label?: string) => `  ✗ ${fieldNamed(field, label)}：${message}`,
  shareCardSource: (src: string) => `分享图：找不到封面图片的原文件（cover.src）：${src}`,
} as const;
