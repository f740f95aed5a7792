// The shared numbers: one definition each, used by the Dashboard, the emails and the sidebar.
export { countDropouts, type DropoutCounts } from './dropouts';
export { METRIC_MESSAGES, type MetricMessageKey } from './messages';
export { monthEnd, nextMonth, previousMonth, schoolYearStart } from './month';
export {
  CONTACT_SETTINGS,
  type ContactIntervals,
  contactIntervals,
  intervalFor,
  type Overdue,
  overdueOf,
} from './overdue';
export { capacityOf, DEFAULT_CAPACITY, hasMentorOn, isActive, menteesOf, mentorIdOf } from './roster';
export { countSessions, countsIn, isHeld, noSessions, type SessionCounts } from './sessions';
export { atRiskWithoutMentor, countTiers, newInTier3, type TierCounts, type TierOf } from './tiers';
