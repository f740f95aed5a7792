/**
 * A wrong argument to a risk custom function, or a wrong risk setting. Its message is already
 * in the workbook's language and written for the cell, so the caller shows it as is.
 * @example throw new RiskArgumentError("RISK_SCORE: attendance must be a number between 0 and 1 (row 7: 'abc')")
 */
export class RiskArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RiskArgumentError';
  }
}
