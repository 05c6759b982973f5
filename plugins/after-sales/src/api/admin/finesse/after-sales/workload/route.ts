import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { summarizeWorkload, type WorkloadCase } from "../../../../../lib/sla/agent-workload"
import { service } from "../../../../../engine/case-change"
import { workloadRows } from "../../../../../modules/finesse-after-sales/store/inbox"

/** GET /admin/finesse/after-sales/workload: active cases per agent (and the unassigned queue) with SLA pressure, heaviest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [rows, users] = await Promise.all([workloadRows(service(req.scope).db()), req.scope.resolve(Modules.USER).listUsers({}, { select: ["id", "email", "first_name", "last_name"], take: 500 })])
  const cases: WorkloadCase[] = rows.map((r) => ({
    assigneeId: r.assignee_id,
    status: r.status as WorkloadCase["status"],
    priority: r.priority as WorkloadCase["priority"],
    createdAt: new Date(r.created_at).getTime(),
    slaState: r.sla_state === "paused" ? "ok" : (r.sla_state as WorkloadCase["slaState"]),
    dueAt: r.sla_due_at ? new Date(r.sla_due_at).getTime() : null,
  }))
  const name = new Map(users.map((u: any) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email]))
  const workload = summarizeWorkload(cases, users.map((u: any) => u.id)).map((w) => ({
    agent_id: w.agentId,
    agent_name: w.agentId ? (name.get(w.agentId) ?? w.agentId) : "Unassigned",
    active: w.active,
    waiting_on_customer: w.waitingOnCustomer,
    by_priority: w.byPriority,
    breached: w.breached,
    warning: w.warning,
    load: w.load,
    oldest_created_at: w.oldestCreatedAt ? new Date(w.oldestCreatedAt).toISOString() : null,
    next_due_at: w.nextDueAt ? new Date(w.nextDueAt).toISOString() : null,
  }))
  res.json({ workload, count: workload.length, offset: 0, limit: workload.length })
}
