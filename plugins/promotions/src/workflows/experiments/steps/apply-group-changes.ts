import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export type GroupChange = { customer_group_id: string; add: string[]; remove: string[] }

/**
 * Adds and removes customers in the arms' customer groups through Medusa's customer module (the same calls as its
 * linkCustomersToCustomerGroupStep, for several groups at once); compensation undoes exactly what was changed.
 */
export const applyGroupChangesStep = createStep(
  "promotions-apply-group-changes",
  async (changes: GroupChange[], { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const added = changes.flatMap((c) => c.add.map((customer_id) => ({ customer_id, customer_group_id: c.customer_group_id })))
    const removed = changes.flatMap((c) => c.remove.map((customer_id) => ({ customer_id, customer_group_id: c.customer_group_id })))
    for (let i = 0; i < removed.length; i += 1000) await customers.removeCustomerFromGroup(removed.slice(i, i + 1000))
    for (let i = 0; i < added.length; i += 1000) await customers.addCustomerToGroup(added.slice(i, i + 1000))
    return new StepResponse({ added: added.length, removed: removed.length }, { added, removed })
  },
  async (comp, { container }) => {
    if (!comp) return
    const customers = container.resolve(Modules.CUSTOMER)
    for (let i = 0; i < comp.added.length; i += 1000) await customers.removeCustomerFromGroup(comp.added.slice(i, i + 1000))
    for (let i = 0; i < comp.removed.length; i += 1000) await customers.addCustomerToGroup(comp.removed.slice(i, i + 1000))
  }
)
