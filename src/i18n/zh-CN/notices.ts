/** Notices (主动公开) and standing pages from content/pages/. */
export const notices = {
  title: '通知公告',
  lead: '举办全民终身学习活动周的通知，依法主动公开。',
  kicker: '通知公告 · 主动公开',
  empty: '通知即将发布，敬请关注。',
  facts: { issuer: '发文单位', docNumber: '文号', date: '发布日期', source: '原文' },
  sourceLink: '查看原文',
  submissionForm: '打开报送表单',
} as const;
