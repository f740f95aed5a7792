/** The demo school as plain records (see school.ts), and the facts that describe it (facts.ts). */
export { type DemoFacts, demoFacts } from './facts';
export {
  DEMO_AS_OF,
  DEMO_SEED,
  DEMO_STUDENTS,
  type DemoOptions,
  type DemoSchool,
  generateDemoSchool,
} from './school';
