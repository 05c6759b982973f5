import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { recordAuditStep } from "@finesse/core/workflows"
import { applyGroupChangesStep } from "./steps/apply-group-changes"
import { planExperimentSyncStep } from "./steps/plan-sync"
import { recordExperimentSyncStep } from "./steps/record-sync"

export type SyncExperimentInput = { experiment_id: string; actor_type: "user" | "api-key" | "system"; actor_id: string | null }

/**
 * Keeps a running experiment's customer groups current as its audience changes (a persona segment re-synced, new
 * customers): new members get their stable arm, each arm's group holds exactly its members, and the change of
 * customers' groups is recorded in the audit log.
 */
export const syncExperimentGroupsWorkflow = createWorkflow("promotions-sync-experiment-groups", (input: SyncExperimentInput) => {
  const plan = planExperimentSyncStep(transform({ input }, ({ input }) => ({ experiment_id: input.experiment_id })))
  applyGroupChangesStep(transform({ plan }, ({ plan }) => plan.changes.map((c) => ({ customer_group_id: c.customer_group_id, add: c.add, remove: c.remove }))))
  recordExperimentSyncStep(plan)
  when({ plan }, ({ plan }) => plan.changes.length > 0).then(() => {
    recordAuditStep(
      transform({ plan, input }, ({ plan, input }) => ({
        plugin: "promotions",
        actor_type: input.actor_type,
        actor_id: input.actor_id,
        action: "promotions.experiment.groups_synced",
        resource_type: "experiment",
        resource_id: plan.experiment_id,
        summary: `experiment groups synced: ${plan.changes.map((c) => `${c.arm} +${c.add.length}/−${c.remove.length}`).join(", ")}`,
        changes: { arms: plan.changes.map((c) => ({ arm: c.arm, customer_group_id: c.customer_group_id, added: c.add.length, removed: c.remove.length })), new_assignments: plan.new_assignments.length },
      }))
    )
  })
  emitEventStep({
    eventName: "finesse.promotions.experiment_synced",
    data: transform({ plan }, ({ plan }) => ({ id: plan.experiment_id, added: plan.changes.reduce((s, c) => s + c.add.length, 0), removed: plan.changes.reduce((s, c) => s + c.remove.length, 0) })),
  })
  return new WorkflowResponse(
    transform({ plan }, ({ plan }) => ({
      experiment_id: plan.experiment_id,
      new_assignments: plan.new_assignments.length,
      member_count: plan.member_count,
      arm_counts: plan.arm_counts,
      changes: plan.changes.map((c) => ({ arm: c.arm, customer_group_id: c.customer_group_id, added: c.add.length, removed: c.remove.length })),
    }))
  )
})
