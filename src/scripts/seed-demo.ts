import type { ExecArgs } from "@medusajs/framework/types"
import { runDemoSeed } from "../seed/run"

/**
 * `medusa exec ./src/scripts/seed-demo.ts [--seed 42] [--scale 1] [--until YYYY-MM-DD]` (or DEMO_SEED,
 * DEMO_SCALE, DEMO_UNTIL): writes the demo store plan of src/demo into Medusa and Finesse's tables.
 * Idempotent and resumable; the publishable key "Finesse Demo Storefront" is created last and marks a
 * complete seed.
 */
export default async function seedDemo({ container, args }: ExecArgs) {
  await runDemoSeed(container, [...(args ?? []), ...process.argv.slice(2)])
}
