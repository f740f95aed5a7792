/**
 * Apps Script enums as the script sees them: one object per member that prints as its name
 * (`String(SpreadsheetApp.ProtectionType.RANGE) === 'RANGE'`) and compares equal only to itself.
 */

export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

const enumProto = Object.freeze(Object.create(Object.prototype));
const members = new WeakSet<object>();

function defineEnum<K extends string>(...names: K[]): Readonly<Record<K, EnumValue>> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    const member = Object.create(enumProto) as EnumValue;
    Object.assign(member, { name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
    members.add(Object.freeze(member));
    out[n] = member;
  });
  return Object.freeze(out);
}

/** The member's name when `value` is a member of `e`, else undefined (strings are not members). */
export function enumName<K extends string>(e: Readonly<Record<K, EnumValue>>, value: unknown): K | undefined {
  if (!isEnumMember(value)) return undefined;
  const name = String(value);
  return name in e && e[name as K] === value ? (name as K) : undefined;
}

/** True for an enum member object (not a plain string). */
export function isEnumMember(value: unknown): boolean {
  return typeof value === 'object' && value !== null && members.has(value);
}

export const ProtectionType = defineEnum('RANGE', 'SHEET');
export const DeveloperMetadataVisibility = defineEnum('DOCUMENT', 'PROJECT');
export const DeveloperMetadataLocationType = defineEnum('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
export const Dimension = defineEnum('COLUMNS', 'ROWS');
export const WrapStrategy = defineEnum('WRAP', 'OVERFLOW', 'CLIP');
export const BorderStyle = defineEnum('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
export const ValueType = defineEnum('IGNORE', 'DATE', 'NUMBER', 'STRING', 'BOOLEAN');
export const DataValidationCriteria = defineEnum(
  'CHECKBOX',
  'CUSTOM_FORMULA',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
);
export const BooleanCriteria = defineEnum(
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
);
export const ChartType = defineEnum(
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
);
export const LegendPosition = defineEnum('BOTTOM', 'LEFT', 'NONE', 'RIGHT', 'TOP');
