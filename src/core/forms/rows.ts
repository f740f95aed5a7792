/**
 * How an older version remembered taken form responses: by sheet row, as compact text
 * ("2-57,59") in a document property. Read once, to mark those rows, then dropped.
 */

/**
 * Whether a row is in the old text's ranges.
 * @example takenByNumber('2-4,9')(3) // true; takenByNumber('2-4,9')(5) // false
 */
export function takenByNumber(text: string): (row: number) => boolean {
  const ranges = text
    .split(',')
    .map((part) => /^(\d+)(?:-(\d+))?$/.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2] ?? m[1])] as const);
  return (row) => ranges.some(([from, to]) => row >= from && row <= to);
}
