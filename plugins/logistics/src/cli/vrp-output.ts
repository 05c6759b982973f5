// The vrp command's text output: "vehicles=N distance=D" then "Route #k: ..." with customer ids (Solomon numbers).
import type { VrpInstance, VrpSolution } from "../lib/vrp/types"

export function formatSolution(inst: VrpInstance, sol: VrpSolution): string {
  const lines = [`vehicles=${sol.vehicles} distance=${sol.distance.toFixed(2)}`]
  sol.routes.forEach((r, k) => lines.push(`Route #${k + 1}: ${r.customers.map((c) => inst.customers[c].id).join(" ")}`))
  return lines.join("\n") + "\n"
}
