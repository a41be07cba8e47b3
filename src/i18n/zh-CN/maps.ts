/** Map captions; `gapNote` footnotes a division the boundary file draws inside another. */
export const maps = {
  schematic: '示意图：行政区划界线仅供参考，不作为权属依据。',
  gapNote: (gap: { name: string }, host: string) => `${gap.name}在示意图中与${host}合并显示。`,
  layerPicker: '地图显示',
  legend: (layer: string) => `${layer}图例`,
} as const;
