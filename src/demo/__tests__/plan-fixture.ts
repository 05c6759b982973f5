import { planDemoStore } from "../plan-demo-store"
import type { DemoPlan } from "../types"

/** The full-size demo store the pattern tests read (generated once per test file). */
export const FULL = { seed: 42, scale: 1, until: "2025-10-31" }

let cached: DemoPlan | null = null
export function fullPlan(): DemoPlan {
  cached ??= planDemoStore(FULL)
  return cached
}

export const ms = (isoTime: string) => Date.parse(isoTime)

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = out.get(k)
    if (list) list.push(item)
    else out.set(k, [item])
  }
  return out
}
