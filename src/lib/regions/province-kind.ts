/**
 * How a province-level division speaks of itself: 广东省 says 全省 and 省级,
 * a municipality (北京市) 全市 and 市级, an autonomous region (新疆维吾尔自治区)
 * 全区 and 自治区级. Pages, messages and the name reader take their words
 * from here, so that nothing says 全省 on a municipality's site.
 */
import kinds from './province-kinds.json' with { type: 'json' };

export interface ProvinceKind {
  /** 省, 市, 自治区: before 级, 本级, 直 and an office's name. */
  level: string;
  /** 全省, 全市, 全区. */
  whole: string;
  /** 本省, 本市, 本区: this province, in its own documents. */
  self: string;
}

export function provinceKind(name: string): ProvinceKind {
  const kind = kinds.kinds.find((k) => name.endsWith(k.suffix)) ?? kinds.kinds.find((k) => k.suffix === kinds.fallback)!;
  return { level: kind.level, whole: kind.whole, self: kind.self };
}

/** What stands for the province's own submission or event in a region cell: 省本级, 全省, 省 (from 省教育厅) …; 市本级, 全市 for 北京市. */
export function provinceOwnWords(name: string): string[] {
  const { level, whole } = provinceKind(name);
  const also = kinds.kinds.find((k) => name.endsWith(k.suffix))?.alsoOwn ?? [];
  return [...kinds.ownWords.map((w) => w.replace('{level}', level).replace('{whole}', whole)), ...also];
}
