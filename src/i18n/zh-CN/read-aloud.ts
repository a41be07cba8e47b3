/** 朗读: the read-aloud control on article pages. */
export const readAloud = {
  label: '朗读本页',
  start: '朗读',
  pause: '暂停',
  resume: '继续',
  stop: '停止',
  speaking: '正在朗读',
  paused: '已暂停朗读',
  stopped: '已停止朗读',
  finished: '已读完全文',
} as const;
