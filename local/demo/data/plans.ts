/**
 * What each demo student's record should show, decided before any row is written: a recipe
 * names the flags of SPEC §3 it must raise (and so its tier), and the other indicators get
 * values that raise none. Quotas, not chance, decide how many students follow each recipe, so
 * that every case the add-on handles occurs for any seed.
 */
import type { Status } from '../../../src/core/schema/records';
import type { Rng } from './random';

export type AttendanceLevel = 'ok' | 'watch' | 'high' | 'critical';
/** strong: average ≥ 80, none below passing; bp1/bp2: 1 or 2 below passing with an average ≥ 80;
 * avgWatch: 75–80; avgWatchBp: 75–80 with 1–2 below; avgHigh1: 72–75 with 1 below; avgHigh: < 73 with ≥ 2 below. */
export type GradeProfile = 'strong' | 'bp1' | 'bp2' | 'avgWatch' | 'avgWatchBp' | 'avgHigh1' | 'avgHigh';

export interface Plan {
  recipe: string;
  /** The tier the recipe aims at; null for students no longer active. */
  tier: 1 | 2 | 3 | null;
  status: Status;
  attendance: AttendanceLevel | 'none';
  unexcused: 'ok' | 'watch' | 'high';
  /** Earlier months against the latest: better earlier (worse now), the same, or worse earlier. */
  trend: 'worse' | 'steady' | 'better';
  incidents: 'none' | 'old' | 'watch' | 'high' | 'suspension';
  grades: GradeProfile | 'none';
  /** Change since the previous term: watch (a drop of 5–10) and high (≥ 10) need that term. */
  drop: 'none' | 'watch' | 'high' | 'rise';
  /** Years over age; −1 is a student a year young (still 0 over). */
  overage: -1 | 0 | 1 | 2;
  /** Need domains scored ≥ 2 at the latest assessment; null: never assessed. */
  needs: number | null;
  mentored: boolean;
}

interface Recipe {
  name: string;
  per300: number;
  tier: 1 | 2 | 3 | null;
  plan: Partial<Plan>;
}

// The students of 300 who follow each recipe; the rest are clean Tier 1.
const RECIPES: readonly Recipe[] = [
  {
    name: 'worst',
    per300: 2,
    tier: 3,
    plan: {
      attendance: 'critical',
      unexcused: 'high',
      incidents: 'suspension',
      grades: 'avgHigh',
      needs: 3,
      overage: 1,
      trend: 'worse',
    },
  },
  { name: 'critical', per300: 7, tier: 3, plan: { attendance: 'critical' } },
  { name: 'att_unexcused_high', per300: 5, tier: 3, plan: { attendance: 'high', unexcused: 'high' } },
  { name: 'academic', per300: 5, tier: 3, plan: { grades: 'avgHigh' } },
  { name: 'over_needs_high', per300: 3, tier: 3, plan: { overage: 2, needs: 2 } },
  {
    name: 'suspension_att',
    per300: 3,
    tier: 3,
    plan: { incidents: 'suspension', attendance: 'high', trend: 'worse' },
  },
  { name: 'drop_avg_high', per300: 3, tier: 3, plan: { drop: 'high', grades: 'avgHigh' } },
  { name: 'improving', per300: 4, tier: 1, plan: { trend: 'better', needs: 1, mentored: true } },
  { name: 'att_high', per300: 5, tier: 2, plan: { attendance: 'high' } },
  { name: 'att_unexcused_watch', per300: 5, tier: 2, plan: { attendance: 'watch', unexcused: 'watch' } },
  { name: 'suspension', per300: 4, tier: 2, plan: { incidents: 'suspension' } },
  { name: 'inc_high', per300: 3, tier: 2, plan: { incidents: 'high' } },
  { name: 'inc_att', per300: 4, tier: 2, plan: { incidents: 'watch', attendance: 'watch', trend: 'worse' } },
  { name: 'bp_high', per300: 4, tier: 2, plan: { grades: 'bp2' } },
  { name: 'avg_high1', per300: 4, tier: 2, plan: { grades: 'avgHigh1' } },
  { name: 'avg_bp_watch', per300: 5, tier: 2, plan: { grades: 'avgWatchBp' } },
  { name: 'drop_high', per300: 4, tier: 2, plan: { drop: 'high' } },
  { name: 'drop_avg', per300: 4, tier: 2, plan: { drop: 'watch', grades: 'avgWatch' } },
  { name: 'over_high', per300: 4, tier: 2, plan: { overage: 2 } },
  { name: 'over_needs', per300: 4, tier: 2, plan: { overage: 1, needs: 1 } },
  { name: 'needs_high', per300: 6, tier: 2, plan: { needs: 2 } },
  { name: 'att_watch', per300: 6, tier: 1, plan: { attendance: 'watch' } },
  { name: 'inc_watch', per300: 5, tier: 1, plan: { incidents: 'watch' } },
  { name: 'bp_watch', per300: 5, tier: 1, plan: { grades: 'bp1' } },
  { name: 'avg_watch', per300: 5, tier: 1, plan: { grades: 'avgWatch' } },
  { name: 'drop_watch', per300: 5, tier: 1, plan: { drop: 'watch' } },
  { name: 'over_watch', per300: 8, tier: 1, plan: { overage: 1 } },
  { name: 'needs_watch', per300: 6, tier: 1, plan: { needs: 1 } },
  { name: 'new_arrival', per300: 3, tier: 1, plan: { attendance: 'none', grades: 'none', needs: null } },
  { name: 'no_grades', per300: 3, tier: 1, plan: { grades: 'none' } },
  { name: 'no_attendance', per300: 3, tier: 1, plan: { attendance: 'none' } },
  {
    name: 'dropped_out',
    per300: 4,
    tier: null,
    plan: { status: 'dropped_out', attendance: 'critical', trend: 'steady', grades: 'avgHigh', needs: 2 },
  },
  { name: 'transferred', per300: 3, tier: null, plan: { status: 'transferred' } },
];

const CLEAN: Recipe = { name: 'clean', per300: 0, tier: 1, plan: {} };

// At-risk students are mostly assessed (one need is an amber flag that keeps their tier); a few others too.
function needsFor(rng: Rng, recipe: Recipe): number | null {
  if ('needs' in recipe.plan) return recipe.plan.needs ?? null;
  if (recipe.tier === 2 || recipe.tier === 3) return rng.chance(0.85) ? rng.pick([0, 0, 1]) : null;
  return recipe.tier === 1 && rng.chance(0.12) ? 0 : null;
}

// Half of Tier 3 and a quarter of Tier 2 have a mentor, and so had the first student who dropped out.
function mentoredFor(rng: Rng, recipe: Recipe, index: number): boolean {
  if (recipe.plan.mentored !== undefined) return recipe.plan.mentored;
  if (recipe.tier === 3) return rng.chance(0.5);
  if (recipe.tier === 2) return rng.chance(0.25);
  return recipe.name === 'dropped_out' && index === 0;
}

// The values that raise no flag (or keep the recipe's tier), drawn for what a recipe leaves open.
function complete(rng: Rng, recipe: Recipe, index: number): Plan {
  const atRisk = recipe.tier === 2 || recipe.tier === 3;
  const given = recipe.plan;
  const flaggedAttendance = given.attendance !== undefined && given.attendance !== 'none';
  return {
    recipe: recipe.name,
    tier: recipe.tier,
    status: given.status ?? 'active',
    attendance: given.attendance ?? 'ok',
    // Critical attendance is Tier 3 whatever the alpa, so those students get any mix of S, I and A.
    unexcused:
      given.unexcused ??
      (given.attendance === 'critical' ? rng.pick(['ok', 'watch', 'high'] as const) : 'ok'),
    trend:
      given.trend ??
      (atRisk && flaggedAttendance
        ? rng.weighted([
            ['worse', 45],
            ['steady', 35],
            ['better', 20],
          ] as const)
        : 'steady'),
    incidents: given.incidents ?? (rng.chance(atRisk ? 0.25 : 0.08) ? 'old' : 'none'),
    grades: given.grades ?? 'strong',
    drop: given.drop ?? (rng.chance(0.12) ? 'rise' : 'none'),
    // A second amber flag keeps Tier 2 and 3 where they are, so at-risk students may carry one.
    overage: given.overage ?? (atRisk ? (rng.chance(0.3) ? 1 : 0) : rng.chance(0.06) ? -1 : 0),
    needs: needsFor(rng, recipe),
    mentored: mentoredFor(rng, recipe, index),
  };
}

/**
 * One plan per student, in random order: each recipe's quota scaled from 300 students, the
 * rest clean. For a tiny school the quotas are cut in RECIPES order, so it still adds up.
 * @example dealPlans(rng, 300).filter((p) => p.recipe === 'critical').length // 7
 */
export function dealPlans(rng: Rng, students: number): Plan[] {
  const plans: Plan[] = [];
  for (const recipe of RECIPES) {
    const count = Math.min(Math.round((recipe.per300 * students) / 300), students - plans.length);
    for (let i = 0; i < count; i++) plans.push(complete(rng, recipe, i));
  }
  while (plans.length < students) plans.push(complete(rng, CLEAN, plans.length));
  return rng.shuffle(plans);
}

/** True when a plan needs the previous term's grades (a drop since then). */
export const needsPreviousTerm = (plan: Plan): boolean => plan.drop === 'watch' || plan.drop === 'high';
