import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { groupDiff } from "../lib/segments/group-diff"
import { FINESSE_PERSONAS_MODULE } from "../modules/finesse-personas"
import type FinessePersonasModuleService from "../modules/finesse-personas/service"
import { planMemberships, type SegmentRecord } from "./segments"

export type SegmentSyncPlan = {
  segment_id: string
  segment_name: string
  /** The existing group to sync into, or null when one must be created. */
  group_id: string | null
  group_name: string
  /** Membership change of the segment itself (enter/exit thresholds applied). */
  enter: { customer_id: string; score: number | null }[]
  leave: string[]
  scores: { customer_id: string; score: number | null }[]
  member_count: number
  /** What the group needs: customers to add and to remove. */
  add: string[]
  remove: string[]
  unchanged: number
}

/** The group name of a segment's synced group unless the admin chose one. */
export const groupNameOf = (segment: { name: string; customer_group_name?: string | null }) =>
  segment.customer_group_name || `Segment: ${segment.name}`

/**
 * What syncing a segment now would change (the dry run, and the first step of a real sync): its membership is
 * re-evaluated from the current profiles, then compared with the members of its customer group.
 */
export async function planSegmentSync(container: MedusaContainer, segmentId: string, now = Date.now()): Promise<SegmentSyncPlan> {
  const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  const [segment] = (await personas.listFinessePersonaSegments({ id: segmentId })) as unknown as (SegmentRecord & {
    customer_group_name: string | null
  })[]
  if (!segment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `segment ${segmentId} was not found`)
  if (!segment.sync_enabled) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `segment ${segmentId} does not sync to a customer group; enable sync_enabled first`)
  }
  const [plan] = await planMemberships(personas, [segment], now)
  let groupId: string | null = null
  let current: string[] = []
  if (segment.customer_group_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "customer_group",
      fields: ["id", "customers.id"],
      filters: { id: segment.customer_group_id },
    })
    if (data[0]) {
      groupId = data[0].id
      current = ((data[0].customers ?? []) as ({ id: string } | null)[]).filter((c): c is { id: string } => !!c).map((c) => c.id)
    }
  }
  const diff = groupDiff(plan.members.keys(), current)
  return {
    segment_id: segment.id,
    segment_name: segment.name,
    group_id: groupId,
    group_name: groupNameOf(segment),
    enter: plan.enter,
    leave: plan.leave,
    scores: plan.scores,
    member_count: plan.members.size,
    add: diff.add,
    remove: diff.remove,
    unchanged: diff.unchanged,
  }
}
