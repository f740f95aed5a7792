// The monthly summary emails' public surface, for the monthly-summary flow and "Preview summary".
export { dayLabel, monthLabel, monthNames, schoolYearStart } from './calendar';
export { changeOf } from './change';
export { coordinatorSummary } from './coordinator';
export { baselineText, tiersText } from './lines';
export { mentorSummary } from './mentor';
export { SUMMARY_MESSAGES } from './messages';
export * from './types';
