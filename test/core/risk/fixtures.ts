import type { RiskInputs } from '../../../src/core/risk/model';

/** A student with every input known and nothing near a threshold. */
export const FINE: RiskInputs = {
  attendance: 1,
  unexcused: 0,
  incidents: 0,
  below_passing: 0,
  average: 90,
  previous_average: 90,
  overage: 0,
  needs: 0,
};

/** Every input unknown. */
export const BLANK: RiskInputs = {
  attendance: null,
  unexcused: null,
  incidents: null,
  below_passing: null,
  average: null,
  previous_average: null,
  overage: null,
  needs: null,
};

/** FINE with some inputs changed. */
export const student = (changes: Partial<RiskInputs>): RiskInputs => ({ ...FINE, ...changes });
