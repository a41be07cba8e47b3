/**
 * Messages about spreadsheets an office sends in (XLSX or CSV): reading the
 * file and reading its cells. Shared by every importer (statistics, events).
 */
import type { DateProblem, NumberProblem } from '../../lib/spreadsheet/index.ts';
import { groupDigits } from '../../lib/group-digits.ts';

const list = (items: readonly string[]) => items.join('、');

const RESAVE = '也可以在 Excel 或 WPS 中打开这个文件，核对这一格后重新“另存为” CSV 或 Excel 工作簿（.xlsx）再导入';
const AFTER_CLOSING_QUOTE = `引号后面还有文字：用英文引号（"）括起的一格，结束的引号后面应直接是逗号或换行。请把整格内容放在一对引号之内；格内要写引号，请写成两个（""）。${RESAVE}`;
/** Not met while rows may be short or long (relax_column_count), but said in words should that change. */
const COLUMN_COUNT = `这一行的列数与表头不同：请检查是否多了或少了逗号（内容里有逗号的格要用英文引号括起）。${RESAVE}`;
/** csv-parse's codes (CSV_QUOTE_NOT_CLOSED …) in words; `other` for any code not listed. */
const csvReasons: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: `引号没有成对：这一格以英文引号（"）开头，直到文件末尾也没有与之成对的引号，后面的内容都被当成了这一格。请在这一格内容的末尾补上引号，或删去开头的引号；格内要写引号，请写成两个（""）。${RESAVE}`,
  CSV_INVALID_CLOSING_QUOTE: AFTER_CLOSING_QUOTE,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: AFTER_CLOSING_QUOTE,
  INVALID_OPENING_QUOTE: `格的中间有英文引号（"）：含引号的格要整格用引号括起，格内的引号写成两个，如 "全民""读书""月"。${RESAVE}`,
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: COLUMN_COUNT,
  CSV_RECORD_INCONSISTENT_COLUMNS: COLUMN_COUNT,
  CSV_MAX_RECORD_SIZE: `这一行太长，不像表格中的一行：通常是前面有引号没有成对。${RESAVE}`,
  other: `无法按 CSV（逗号分隔）读取。${RESAVE}`,
};

const UNKNOWN_SOURCE = '文件来源不明的，请先向发送单位核实';

/** The words of a row an office adds to sum the rows above it (合计, 全市合计). */
const totalWords = ['合计', '总计', '小计'];

export const spreadsheetText = {
  totalWords,
  /**
   * What a line under an office's rows begins with when it is no row of theirs (合计：2项,
   * 填表人：张三 … 联系电话：…): the events import passes such a line over, the statistics import
   * does not count it among the rows left blank (src/lib/spreadsheet/footer-words.ts).
   */
  footerWords: [
    ...totalWords,
    '备注',
    '注：',
    '说明',
    '填表人',
    '填报人',
    '制表人',
    '审核人',
    '负责人',
    '联系人',
    '联系电话',
    '填表日期',
    '填报日期',
    '制表日期',
  ],
  wholeFile: '（整个文件）',
  /** `第 5 行`, `D 列“主题阅读活动数”` */
  row: (row: number) => `第 ${row} 行`,
  column: (letter: string, header?: string) => (header ? `${letter} 列“${header}”` : `${letter} 列`),
  unsupported: (extension: string) =>
    `不支持的文件类型“${extension || '（无扩展名）'}”：请导入 .xlsx 或 .csv 文件（在 Excel 或 WPS 中“另存为”即可）`,
  legacyXls: '这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入',
  /** The library's own words (`Corrupted zip ?`) say nothing to an official: what to do instead. */
  notXlsx:
    '无法作为 Excel 工作簿（.xlsx）读取：文件已损坏（如没有下载完整），或并不是真正的 .xlsx 文件（如改了扩展名的其他文件）。请在 Excel 或 WPS 中打开原表格，“另存为” Excel 工作簿（.xlsx）后再导入；从网上表单下载的，请重新导出',
  /** An OLE compound file named .xlsx: an .xls renamed, or a workbook with an opening password. */
  xlsOrLocked:
    '这个文件是旧版 Excel 文件（.xls），或设置了打开密码的工作簿，无法直接读取：请在 Excel 或 WPS 中打开（有密码的先取消密码），“另存为” Excel 工作簿（.xlsx）后再导入',
  /** A workbook whose parts inflate past what the importer will hold in memory (a zip bomb, or a sheet padded far beyond its rows). */
  tooLarge: (limitMb: number) =>
    `工作簿解压后超过 ${limitMb} MB，远大于一份活动表或统计表（通常不到 1 MB），为防止程序耗尽内存而不予读取：请在 Excel 或 WPS 中打开，只保留要导入的工作表和行（删除其他工作表、表格下方和右侧多余的行列以及图片），“另存为” Excel 工作簿（.xlsx）后再导入；文件来源不明的，请先向发送单位核实`,
  /** Merges or names that exceljs would fill cell by cell, far past any real form: refused before it does. */
  tooManyMerges: (count: number) =>
    `工作簿中有 ${count} 处合并单元格，远多于一份活动表或统计表（通常不过几十处），为防止程序停滞而不予读取：请在 Excel 或 WPS 中打开，全选后“取消单元格合并”（标题需要的可再合并），“另存为” Excel 工作簿（.xlsx）后再导入；${UNKNOWN_SOURCE}`,
  mergeTooLarge: (ref: string) =>
    `合并单元格的范围过大（最大的一处是 ${ref}），远超一份活动表或统计表，为防止程序耗尽内存而不予读取：请在 Excel 或 WPS 中打开，选中这一区域“取消单元格合并”，只合并表格中需要合并的格，“另存为” Excel 工作簿（.xlsx）后再导入；${UNKNOWN_SOURCE}`,
  nameTooLarge: (name: string, ref: string) =>
    `名称“${name}”引用的区域 ${ref} 过大，远超一份活动表或统计表，为防止程序耗尽内存而不予读取：导入用不到名称，请在 Excel 或 WPS 中打开，在“公式 → 名称管理器”中删除它，“另存为” Excel 工作簿（.xlsx）后再导入；${UNKNOWN_SOURCE}`,
  /** A cell far right of any real form (a stray entry, or a sheet padded with cells), and a sheet of more cells than the importer holds. */
  tooWide: (columns: number) =>
    `这一格超出了一份活动表或统计表的宽度（最多 ${columns} 列），不予读取：请在 Excel 或 WPS 中打开，删除表格右侧多余的内容，“另存为” Excel 工作簿（.xlsx）后再导入`,
  tooManyCells: (cells: number) =>
    `工作表的单元格超过 ${cells / 10_000} 万个，远多于一份活动表或统计表，为防止程序耗尽内存而不予读取：请只保留要导入的行和列（删除表格下方和右侧多余的内容），“另存为” Excel 工作簿（.xlsx）后再导入；${UNKNOWN_SOURCE}`,
  /** A CSV far larger than any real form, refused before it is read (src/lib/spreadsheet/read.ts). */
  csvTooLarge: (mb: number, limitMb: number) =>
    `CSV 文件约有 ${mb} MB，超过 ${limitMb} MB，远大于一份活动表或统计表（通常不到 1 MB），为防止程序耗尽内存而不予读取：请只保留要导入的行和列（删除表格下方和右侧多余的内容）后再导出；${UNKNOWN_SOURCE}`,
  /** A CSV that csv-parse stops at, by its error code (kept, as the key, in the field): what is wrong, and what to do. */
  csv: {
    message: (code: string) => `CSV 格式有误：${csvReasons[code] ?? csvReasons.other}`,
  },
  /** The field of a problem about a whole row, where no column is known. */
  wholeRow: '（整行）',
  noSuchSheet: (name: string, names: readonly string[]) => `工作簿中没有名为“${name}”的工作表；现有：${names.join('、')}`,
  noSheets: '工作簿中没有任何工作表',
  empty: '表格是空的',
  /** Several fields one problem is about: `activities.themed_reading.participants、…`. */
  fields: (keys: readonly string[]) => list(keys),
  /** `C 列“开始时间”（start）`: a column and the field it fills. */
  field: (column: string, key: string) => `${column}（${key}）`,
  headerItem: (row: number) => `第 ${row} 行（表头）`,
  /** A formula cell the file keeps no result for (made by a program, never opened and saved in Excel). */
  uncomputed: '公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再导出，或改为直接填写',
  /** Finding the columns by their header text (a mapping file can rename them). */
  header: {
    noHeaderRow: (searched: number, expected: readonly string[], sheetName?: string) =>
      `${sheetName === undefined ? '' : `在工作表“${sheetName}”中，`}在前 ${searched} 行中找不到表头：应有“${list(expected)}”等列。若表头在更下面的行，请在映射文件中写 headerRow${sheetName === undefined ? '' : '；若要读另一个工作表，请在映射文件中写 sheet'}`,
    /** `found`: what the header has, given with the first missing column only, so that it is said once. */
    missing: (headers: readonly string[], found?: readonly string[]) =>
      `缺少“${headers[0] ?? ''}”列${headers.length > 1 ? `（也接受：${list(headers.slice(1))}）` : ''}${found ? `；表头中现有：${list(found.filter((h) => h !== ''))}。列名不同时，可用 --mapping 指定` : ''}`,
    /** Columns headed `参加人次（万人次）`: the figures asked for are 人次, not 万人次. */
    scaled: (columns: readonly string[], unit: string, counts: string, factor: number) =>
      `${list(columns)} 以“${unit}”为单位，而本表${counts ? `按${counts}计数，不是${unit}` : `填实际数，不以“${unit}”为单位`}：请把${columns.length > 1 ? '这些列' : '这一列'}的数乘以 ${factor}（如 1.2 ${unit}填 ${Math.round(1.2 * factor)}），并删去表头中的“（${unit}）”，再导入`,
    duplicate: (columns: readonly string[]) => `${list(columns)} 都对应这一项：请删去多余的一列，或在映射文件中区分`,
  },
  number: {
    blank: '空白：没有活动请填 0',
    approximate: (text: string) => `“${text}”是约数：请填写准确的整数`,
    unit: (text: string) => `“${text}”带有单位或汉字：请只填写完整的数字，例如 30000，而不是“3万”或“3000人次”`,
    placeholder: (text: string) => `“${text}”不是数字：没有请填 0`,
    fraction: (text: string) => `“${text}”不是整数：请填写整数`,
    negative: (text: string) => `“${text}”是负数：请填写 0 或正整数`,
    separator: (text: string) => `“${text}”的千位分隔符位置不对：请写成 1234 或 1,234`,
    spaced: (text: string) => {
      const digits = text.normalize('NFKC').replace(/\D/g, '');
      return `“${text}”的数字中间有空格：若是一个数，请写成 ${digits} 或 ${groupDigits(digits)}；若是两个数，请分别填在各自的格中`;
    },
    notNumber: (text: string) => `“${text}”不是数字：请填写整数`,
    date: '这一格是日期，不是数字：请填写整数，并把单元格格式设为“常规”或“数值”',
    boolean: '这一格是“是/否”，不是数字：请填写整数',
    tooLarge: (text: string) => `“${text}”太大，不像真实的数字：请核对`,
    formulaError: (text: string) => `公式出错（${text}）：请改为填写数字`,
  } satisfies Record<NumberProblem, unknown>,
  date: {
    blank: '空白：请填写日期，例如 2024-11-20 或 2024/11/20 14:03',
    invalid: (text: string) => `“${text}”不是可识别的日期：请写成 2024-11-20、2024/11/20 14:03 这样的格式`,
    impossible: (text: string) => `“${text}”不是存在的日期或时间`,
    notDate: (text: string) => `“${text}”不是日期：请写成 2024-11-20、2024/11/20 14:03 这样的格式`,
    weekday: (text: string) => `“${text}”里的星期几和日期对不上：那一天不是这个星期几，请核对日期和星期哪个写错了`,
    noClock: (text: string) =>
      `“${text}”只写了上午、下午或晚上，没有几点：请写上开始的时刻，如 2024-11-21 下午3:00；全天的活动只写日期`,
  } satisfies Record<DateProblem, unknown>,
} as const;
