import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_GOVERNANCE_MODULE } from "../../../../../modules/finesse-governance"
import type FinesseGovernanceModuleService from "../../../../../modules/finesse-governance/service"
import { actorEmails, auditFilter } from "../helpers"
import type { AuditFilterQueryType } from "../validators"

const COLUMNS = ["seq", "occurred_at", "actor_type", "actor_id", "actor_email", "plugin", "action", "resource_type", "resource_id", "summary", "changes", "hash"]

const cell = (v: unknown) => {
  const s = v == null ? "" : typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v instanceof Date ? v.toISOString() : String(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** GET /admin/finesse/audit/export?… — the matching entries as CSV, oldest first, streamed page by page. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const filter = auditFilter(req.validatedQuery as AuditFilterQueryType)
  const gov = req.scope.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="finesse-audit-${new Date().toISOString().slice(0, 10)}.csv"`)
  res.write(COLUMNS.join(",") + "\n")
  for await (const page of gov.scanAuditEntries(filter)) {
    const emails = await actorEmails(req.scope, page.map((e) => e.actor_id))
    res.write(
      page
        .map((e) => COLUMNS.map((c) => cell(c === "actor_email" ? (e.actor_id ? emails.get(e.actor_id) : null) : (e as any)[c])).join(","))
        .join("\n") + "\n"
    )
  }
  res.end()
}
