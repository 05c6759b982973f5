import type { MedusaContainer } from "@medusajs/framework/types"
import { assignArm, assignHoldout, type Arm } from "../lib"
import { allCustomerIds, groupMembers } from "../reads/medusa"

/** The customers an experiment can reach now: a customer group's members, or every registered customer. */
export async function audienceMembers(container: MedusaContainer, audienceGroupId: string | null): Promise<string[]> {
  return audienceGroupId ? groupMembers(container, audienceGroupId) : allCustomerIds(container)
}

/**
 * The arm of each customer: the holdout first (the stable hash of the experiment key and the customer id), then
 * the weighted arms (an A/B salt of its own, independent of the holdout draw). Same key, same arms, always.
 */
export function assignCustomers(customerIds: Iterable<string>, design: { key: string; holdoutShare: number; arms: Arm[] }): { customer_id: string; arm: string }[] {
  const out: { customer_id: string; arm: string }[] = []
  const seen = new Set<string>()
  for (const id of customerIds) {
    if (seen.has(id)) continue
    seen.add(id)
    if (design.holdoutShare > 0 && assignHoldout({ key: design.key, holdoutShare: design.holdoutShare }, id) === "holdout") out.push({ customer_id: id, arm: "holdout" })
    else out.push({ customer_id: id, arm: design.arms.length === 1 ? design.arms[0].code : assignArm(design.key, id, design.arms) })
  }
  return out
}

/** The name of an arm's Medusa customer group (what an admin sees on the promotion's rule and the customer). */
export function armGroupName(experimentName: string, arm: string): string {
  const label = arm === "holdout" ? "holdout (no promotion)" : arm === "treatment" ? "treated" : `arm ${arm}`
  return `Finesse: ${experimentName} — ${label}`
}
