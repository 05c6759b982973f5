import { z } from "@medusajs/framework/zod"
import { capacityAware } from "./strategies/capacity"
import { cheapest } from "./strategies/cheapest"
import { fewestShipments } from "./strategies/fewest-shipments"
import { locationPriority } from "./strategies/location-priority"
import { nearest } from "./strategies/nearest"
import { sameMarket } from "./strategies/same-market"
import type { RoutingConfig, RoutingStrategy, StrategyConfig } from "./types"

/** Every routing strategy by its stable code. A code is never renamed; new strategies get new codes. */
export const ROUTING_STRATEGIES: Readonly<Record<string, RoutingStrategy>> = Object.freeze(
  Object.fromEntries([fewestShipments, sameMarket, nearest, cheapest, capacityAware, locationPriority].map((s) => [s.code, s]))
)

/**
 * The default chain: capacity as a hard rule, then Shopify's rules with the market first (keep within the
 * destination's market, fewest shipments, closest location) and cost last. One shipment more than the fewest is
 * considered, so two locations inside the market can beat one location across an ocean.
 */
export const DEFAULT_ROUTING_CONFIG: RoutingConfig = {
  mode: "ranked",
  strategies: [
    { code: "capacity", args: { hard: true, prefer_spare: false } },
    { code: "same_market", args: { strict: false } },
    { code: "fewest_shipments", args: { split_line_penalty: 0.01 } },
    { code: "nearest", args: { aggregate: "sum", unknown_km: 5000 }, tolerance: 25 },
    { code: "cheapest", args: { require_rate: false, unquoted_cost: 100_000 } },
  ],
  allow_split: true,
  max_shipments: 3,
  extra_shipments: 1,
  max_combinations: 10_000,
  max_iterations: 1_000_000,
}

/** Code, title, description and JSON Schema of each strategy's arguments, for the rules editor. */
export function listRoutingStrategies(registry: Readonly<Record<string, RoutingStrategy>> = ROUTING_STRATEGIES) {
  return Object.values(registry).map((s) => ({
    code: s.code,
    title: s.title,
    description: s.description,
    args_json_schema: z.toJSONSchema(s.argsSchema, { io: "input" }) as Record<string, unknown>,
  }))
}

export type ConfigIssue = { path: string; message: string }

/**
 * Checks a routing configuration against the registry: known codes, each strategy's arguments against its schema
 * (paths like `strategies[2].args.aggregate`), defaults filled in. Returns the parsed config or the issues.
 */
export function parseRoutingConfig(
  raw: Partial<RoutingConfig> & { strategies?: StrategyConfig[] },
  registry: Readonly<Record<string, RoutingStrategy>> = ROUTING_STRATEGIES
): { config: RoutingConfig; issues: [] } | { config: null; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = []
  const strategies: StrategyConfig[] = []
  const seen = new Set<string>()
  for (const [i, s] of (raw.strategies ?? DEFAULT_ROUTING_CONFIG.strategies).entries()) {
    const def = registry[s.code]
    if (!def) {
      issues.push({ path: `strategies[${i}].code`, message: `unknown strategy "${s.code}"; known: ${Object.keys(registry).join(", ")}` })
      continue
    }
    if (seen.has(s.code)) issues.push({ path: `strategies[${i}].code`, message: `"${s.code}" appears twice` })
    seen.add(s.code)
    const parsed = def.argsSchema.safeParse(s.args ?? {})
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const at = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")
        issues.push({ path: `strategies[${i}].args${at}`, message: issue.message })
      }
      continue
    }
    strategies.push({ code: s.code, args: parsed.data as Record<string, unknown>, weight: s.weight ?? 1, tolerance: s.tolerance ?? 0 })
  }
  if (!strategies.length && !issues.length) issues.push({ path: "strategies", message: "at least one strategy is needed" })
  if (issues.length) return { config: null, issues }
  const d = DEFAULT_ROUTING_CONFIG
  return {
    config: {
      mode: raw.mode ?? d.mode,
      strategies,
      allow_split: raw.allow_split ?? d.allow_split,
      max_shipments: raw.max_shipments ?? d.max_shipments,
      extra_shipments: raw.extra_shipments ?? d.extra_shipments,
      max_combinations: raw.max_combinations ?? d.max_combinations,
      max_iterations: raw.max_iterations ?? d.max_iterations,
    },
    issues: [],
  }
}
