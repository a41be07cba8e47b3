import { dates } from './dates.ts';

/** Map captions; `gapNote` footnotes a division the boundary file draws inside another. */
export const maps = {
  schematic: '示意图：行政区划界线仅供参考，不作为权属依据。',
  /** When far islands are drawn in a box of their own (三沙市 on Hainan's map). */
  insetNote: '右下方框内的岛礁另行绘制，不按比例。',
  gapNote: (gap: { name: string }, host: string) => `${gap.name}在示意图中与${host}合并显示。`,
  layerPicker: '地图显示',
  legend: (layer: string) => `${layer}图例`,
  /** The progress map's layers (src/lib/maps/layers.ts): titles, units and legend ranges. */
  layers: {
    status: '报送情况',
    activities: '活动数',
    participants: '参加人次',
    opening: '开幕式',
    units: { activities: '项', participants: '人次' },
    all: '全部',
    below: (n: string, unit: string) => `${n} ${unit}以下`,
    atLeast: (n: string, unit: string) => `${n} ${unit}及以上`,
    /** `60,000 至 89,999 人次`: a range in words, as screen readers say nothing for a dash. */
    between: (from: string, to: string, unit: string) => `${dates.until(from, to)} ${unit}`,
    exactly: (value: string, unit: string) => `${value} ${unit}`,
  },
} as const;
