import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { syncExperimentGroupsWorkflow } from "../../../../../../../workflows/experiments/sync-experiment-groups"

/** POST /admin/finesse/promotions/experiments/:id/sync — syncs the arms' customer groups with the audience now. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = finesseActor(req)
  const { result } = await syncExperimentGroupsWorkflow(req.scope).run({
    input: { experiment_id: req.params.id, actor_type: actor.actor_type === "customer" ? "system" : actor.actor_type, actor_id: actor.actor_id },
  })
  describeAudit(req, {
    action: "promotions.experiment.synced",
    summary: `experiment groups synced: ${result.new_assignments} new assignments, ${result.changes.map((c: any) => `${c.arm} +${c.added}/−${c.removed}`).join(", ") || "no group changes"}`,
    resource_type: "experiment",
    resource_id: req.params.id,
    changes: { new_assignments: result.new_assignments, changes: result.changes },
  })
  res.json({ sync: result })
}
