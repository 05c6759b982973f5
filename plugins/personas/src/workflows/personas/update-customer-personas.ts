import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueuePersonasJobStep } from "./steps/enqueue-job"
import { rescoreCustomersStep } from "./steps/rescore-customers"

/**
 * The incremental update after order facts changed: rescore those customers, update their segments, and when a
 * customer moved in or out of an auto-synced segment, schedule that segment's group sync (one per segment and
 * minute, a few seconds later, so a burst of orders syncs once; an order after that job started gets its own).
 */
export const updateCustomerPersonasWorkflow = createWorkflow("personas-update-customers", (input: { customer_ids: string[] }) => {
  const result = rescoreCustomersStep(input)
  const sync = transform({ result }, ({ result }) => {
    const ids = result.segments.filter((s) => s.auto_sync).map((s) => s.segment_id).sort()
    const minute = new Date().toISOString().slice(0, 16).replace(/:/g, "-")
    return { ids, run: `incremental-${minute}-${ids.join("-").slice(0, 100)}` }
  })
  when({ sync }, ({ sync }) => sync.ids.length > 0).then(() => {
    enqueuePersonasJobStep(
      transform({ sync }, ({ sync }) => ({
        kind: "personas.segments" as const,
        payload: { segment_ids: sync.ids, run: sync.run, sync: true },
        delay_ms: 3000,
        rerun_if_started: true,
      }))
    )
  })
  return new WorkflowResponse(result)
})
