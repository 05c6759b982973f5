import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_GOVERNANCE_MODULE } from "../../../modules/finesse-governance"
import type FinesseGovernanceModuleService from "../../../modules/finesse-governance/service"
import type { AuditInput } from "../../../modules/finesse-governance/service"

/**
 * Appends entries to the suite's audit log from any plugin's workflow (`import { recordAuditStep } from
 * "@finesse/core/workflows"`). The log is append-only, so a compensation does not delete the entry: it appends one
 * saying the change was rolled back.
 */
export const recordAuditStep = createStep(
  "core-record-audit",
  async (input: AuditInput | AuditInput[], { container }) => {
    const gov = container.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
    const rows = await gov.recordAudit(input)
    return new StepResponse(
      rows.map((r) => ({ id: r.id, seq: r.seq })),
      (Array.isArray(input) ? input : [input])
    )
  },
  async (entries, { container }) => {
    if (!entries?.length) return
    const gov = container.resolve<FinesseGovernanceModuleService>(FINESSE_GOVERNANCE_MODULE)
    await gov.recordAudit(
      entries.map((e) => ({
        ...e,
        occurred_at: undefined,
        action: `${e.action}.reverted`,
        summary: `rolled back: ${e.summary}`,
      }))
    )
  }
)
