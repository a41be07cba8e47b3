/** What `npm run dev` shows in the browser while a content file is wrong. */
export const devPreview = {
  title: (count: number) => `内容文件有误（${count} 处）`,
  lead: '网站预览暂停：请按下面的提示修改对应文件。改好并保存后，本页会自动刷新，显示网站。',
  refreshNote: '本页每 2 秒自动检查一次。',
  /** The terminal, once per change. */
  logHeading: (count: number) => `内容文件有误（${count} 处），浏览器中显示问题列表：`,
  logFixed: '内容文件已改好，预览恢复。',
} as const;
