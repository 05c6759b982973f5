import { createCustomerGroupsWorkflow, emitEventStep, linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditStep } from "@finesse/core/workflows"
import { applySegmentMembershipStep } from "./steps/apply-segment-membership"
import { planSegmentSyncStep } from "./steps/plan-segment-sync"
import { recordSegmentSyncStep } from "./steps/record-segment-sync"

export type SyncSegmentInput = { segment_id: string; triggered_by: string; trigger: "manual" | "job" }

/**
 * Mirrors a segment into a Medusa customer group: re-evaluates the membership, creates the group when it does not
 * exist (or was deleted), adds and removes customers through Medusa's customer-group step, and records the sync
 * (when, by whom, added, removed). Promotions and price lists that target the group then apply to the segment.
 */
export const syncSegmentToGroupWorkflow = createWorkflow("personas-sync-segment-to-group", (input: SyncSegmentInput) => {
  const startedAt = transform({ input }, () => Date.now())
  const plan = planSegmentSyncStep(transform({ input }, ({ input }) => ({ segment_id: input.segment_id })))
  applySegmentMembershipStep(
    transform({ plan }, ({ plan }) => ({ segment_id: plan.segment_id, enter: plan.enter, leave: plan.leave, scores: plan.scores }))
  )
  const created = when({ plan }, ({ plan }) => !plan.group_id).then(() =>
    createCustomerGroupsWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({
        customersData: [
          { name: plan.group_name, metadata: { finesse_segment_id: plan.segment_id }, created_by: input.triggered_by === "system" ? undefined : input.triggered_by },
        ],
      })),
    })
  )
  const groupId = transform({ plan, created }, ({ plan, created }) => plan.group_id ?? (created as { id: string }[])[0].id)
  linkCustomersToCustomerGroupStep(transform({ plan, groupId }, ({ plan, groupId }) => ({ id: groupId, add: plan.add, remove: plan.remove })))
  const sync = recordSegmentSyncStep(
    transform({ plan, groupId, input, startedAt }, ({ plan, groupId, input, startedAt }) => ({
      segment_id: plan.segment_id,
      customer_group_id: groupId,
      group_name: plan.group_name,
      group_created: !plan.group_id,
      triggered_by: input.triggered_by,
      trigger: input.trigger,
      added: plan.add,
      removed: plan.remove,
      member_count: plan.member_count,
      started_at: startedAt,
    }))
  )
  // an admin's sync is recorded by core with the request; a job's sync changes customer groups on its own: record it
  when({ input }, ({ input }) => input.trigger === "job").then(() =>
    recordAuditStep(
      transform({ sync }, ({ sync }) => ({
        actor_type: "system" as const,
        plugin: "personas",
        action: "personas.segment.synced",
        resource_type: "segment",
        resource_id: sync.segment_id,
        summary: `auto-synced segment to customer group ${sync.customer_group_id}: ${sync.added_count} added, ${sync.removed_count} removed`,
        changes: { customer_group_id: sync.customer_group_id, added: sync.added_count, removed: sync.removed_count },
      }))
    )
  )
  emitEventStep({
    eventName: "finesse.personas.segment_synced",
    data: transform({ sync }, ({ sync }) => ({
      id: sync.id,
      segment_id: sync.segment_id,
      customer_group_id: sync.customer_group_id,
      added: sync.added_count,
      removed: sync.removed_count,
    })),
  })
  return new WorkflowResponse(sync)
})
