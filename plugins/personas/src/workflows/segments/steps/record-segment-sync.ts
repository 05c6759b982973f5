import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/** Ids kept per list in the sync log; the counts are exact. */
const KEEP = 1000

export type RecordSyncInput = {
  segment_id: string
  customer_group_id: string
  group_name: string
  group_created: boolean
  triggered_by: string
  trigger: "manual" | "job"
  added: string[]
  removed: string[]
  member_count: number
  started_at: number
}

/** Writes the sync log entry and points the segment at its group; compensation removes both. */
export const recordSegmentSyncStep = createStep(
  "personas-record-segment-sync",
  async (input: RecordSyncInput, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const before = await personas.retrieveFinessePersonaSegment(input.segment_id)
    const sync = await personas.createFinessePersonaSegmentSyncs({
      segment_id: input.segment_id,
      customer_group_id: input.customer_group_id,
      triggered_by: input.triggered_by,
      trigger: input.trigger,
      added_count: input.added.length,
      removed_count: input.removed.length,
      added: input.added.slice(0, KEEP) as unknown as Record<string, unknown>,
      removed: input.removed.slice(0, KEEP) as unknown as Record<string, unknown>,
      group_created: input.group_created,
      member_count: input.member_count,
      duration_ms: Math.max(0, Date.now() - input.started_at),
    })
    await personas.updateFinessePersonaSegments({
      id: input.segment_id,
      customer_group_id: input.customer_group_id,
      customer_group_name: input.group_name,
      synced_at: new Date(),
    })
    return new StepResponse(sync, {
      sync_id: sync.id,
      segment: { id: before.id, customer_group_id: before.customer_group_id, customer_group_name: before.customer_group_name, synced_at: before.synced_at },
    })
  },
  async (prev, { container }) => {
    if (!prev) return
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    await personas.deleteFinessePersonaSegmentSyncs(prev.sync_id)
    await personas.updateFinessePersonaSegments(prev.segment as never)
  }
)
