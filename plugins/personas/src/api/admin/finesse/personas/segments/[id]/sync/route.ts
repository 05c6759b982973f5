import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { planSegmentSync } from "../../../../../../../engine/group-sync"
import { syncSegmentToGroupWorkflow } from "../../../../../../../workflows/segments/sync-segment-to-group"
import { actorOf, personasOf } from "../../../helpers"
import type { AdminSyncSegmentBodyType } from "../../../validators"

const SHOWN = 50

/**
 * POST /admin/finesse/personas/segments/:id/sync { dry_run }: with dry_run, the diff the sync would apply (who
 * joins and leaves the group, nothing written); otherwise the sync itself, recorded with the admin who ran it.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSyncSegmentBodyType>, res: MedusaResponse) {
  if (req.validatedBody.dry_run) {
    const plan = await planSegmentSync(req.scope, req.params.id)
    const who = await personasOf(req).customerSummaries([...plan.add.slice(0, SHOWN), ...plan.remove.slice(0, SHOWN)])
    const show = (ids: string[]) => ids.slice(0, SHOWN).map((id) => ({ customer_id: id, ...(who.get(id) ?? { email: null, first_name: null, last_name: null }) }))
    // a dry run changes nothing: not an audited change
    describeAudit(req, { action: "personas.segment.sync_previewed", summary: "", record: false })
    res.json({
      diff: {
        segment_id: plan.segment_id,
        customer_group_id: plan.group_id,
        customer_group_name: plan.group_name,
        creates_group: !plan.group_id,
        member_count: plan.member_count,
        add_count: plan.add.length,
        remove_count: plan.remove.length,
        unchanged_count: plan.unchanged,
        entering_segment: plan.enter.length,
        leaving_segment: plan.leave.length,
        add: show(plan.add),
        remove: show(plan.remove),
      },
    })
    return
  }
  const { result } = await syncSegmentToGroupWorkflow(req.scope).run({
    input: { segment_id: req.params.id, triggered_by: actorOf(req) ?? "unknown", trigger: "manual" },
  })
  describeAudit(req, {
    action: "personas.segment.synced",
    summary: `synced segment to customer group ${result.customer_group_id}: ${result.added_count} added, ${result.removed_count} removed`,
    resource_type: "segment",
    resource_id: req.params.id,
    changes: { customer_group_id: result.customer_group_id, added: result.added_count, removed: result.removed_count, group_created: result.group_created },
  })
  res.json({ sync: result })
}
