// The matcher's public surface, for the assign flow and the sidebar's server functions.
export { describeBlock, describeMatchSetting, describeReason } from './describe';
export { greedyMatch } from './greedy';
export { byPriority, matchMentors } from './match';
export { MATCHING_MESSAGES } from './messages';
export { preferenceScore } from './preference';
export {
  DEFAULT_MATCH_OPTIONS,
  MATCH_SETTINGS,
  type MatchSettingKey,
  matchOptionsFromSettings,
} from './settings';
export * from './types';
