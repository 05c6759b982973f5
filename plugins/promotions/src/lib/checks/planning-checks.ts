import { budgetForecastCheck } from "./budget-forecast"
import type { CheckResult, PlanningCheck, PlanningContext } from "./check-types"
import { marginFloorCheck } from "./margin-floor"
import { peakDayClashCheck } from "./peak-day-clash"
import { promotionOverlapCheck } from "./promotion-overlap"
import { stockCoverCheck } from "./stock-cover"

/** The pre-launch checks by stable code. A code is never renamed. */
export const PLANNING_CHECKS: Readonly<Record<string, PlanningCheck>> = Object.freeze({
  [promotionOverlapCheck.code]: promotionOverlapCheck,
  [marginFloorCheck.code]: marginFloorCheck,
  [stockCoverCheck.code]: stockCoverCheck,
  [budgetForecastCheck.code]: budgetForecastCheck,
  [peakDayClashCheck.code]: peakDayClashCheck,
})

export type CheckConfig = { code: string; args?: unknown; enabled?: boolean }

/** Thrown when a check's configuration names an unknown code or fails its schema. */
export class CheckConfigError extends Error {
  constructor(readonly issues: { code: string; path: string; message: string }[]) {
    super(`invalid check configuration: ${issues.map((i) => `${i.code}${i.path ? `.${i.path}` : ""}: ${i.message}`).join("; ")}`)
    this.name = "CheckConfigError"
  }
}

/**
 * Runs the pre-launch checks on a planned promotion: every registered check with its default arguments, or
 * the configured list (arguments validated by each check's schema first; every problem reported at once).
 */
export function runPlanningChecks(
  ctx: PlanningContext,
  config?: CheckConfig[],
  registry: Readonly<Record<string, PlanningCheck>> = PLANNING_CHECKS
): CheckResult[] {
  const list: CheckConfig[] = config ?? Object.keys(registry).map((code) => ({ code }))
  const issues: { code: string; path: string; message: string }[] = []
  const planned: { check: PlanningCheck; args: unknown }[] = []
  for (const c of list) {
    const check = registry[c.code]
    if (!check) {
      issues.push({ code: c.code, path: "", message: `unknown check (known: ${Object.keys(registry).join(", ")})` })
      continue
    }
    const parsed = check.argsSchema.safeParse(c.args ?? {})
    if (!parsed.success) {
      for (const i of parsed.error.issues) issues.push({ code: c.code, path: ["args", ...i.path.map(String)].join("."), message: i.message })
      continue
    }
    if (c.enabled === false) continue
    planned.push({ check, args: parsed.data })
  }
  if (issues.length) throw new CheckConfigError(issues)
  return planned.map(({ check, args }) => check.evaluate(ctx, args))
}

/** The worst status of a set of results (fail > warn > pass). */
export function worstStatus(results: CheckResult[]): CheckResult["status"] {
  return results.some((r) => r.status === "fail") ? "fail" : results.some((r) => r.status === "warn") ? "warn" : "pass"
}
