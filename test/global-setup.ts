import { build } from '../scripts/build';

/** Tests load dist/ as Apps Script would: build it once, fresh, before any test runs. */
export default function setup(): void {
  build();
}
