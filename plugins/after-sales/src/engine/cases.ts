import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { caseActionWorkflow } from "../workflows/cases/case-action"
import { openCaseWorkflow } from "../workflows/cases/open-case"
import type { CaseActionInput } from "../workflows/cases/steps/apply-case-action"
import type { OpenCaseInput } from "../workflows/cases/steps/load-open-case"
import { approveCaseWorkflow } from "../workflows/remedies/approve-case"
import type { ApproveCaseInput } from "../workflows/remedies/steps/load-approval"
import { repliesIndexJob } from "../queues/replies-index/definition"
import { loadConfig } from "./config"
import type { WorkflowActor } from "./case-change"

const SYSTEM: WorkflowActor = { type: "system", id: null }

/** Queues the reply-index update after a resolution (one job per 5-minute slot; the cron job catches the rest). */
async function queueIndexUpdate(container: MedusaContainer) {
  try {
    await repliesIndexJob.enqueue(container, { run: `slot-${Math.floor(Date.now() / 300_000)}` }, { delayMs: 5_000 })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`[after-sales] could not queue the reply index update: ${(e as Error).message}`)
  }
}

/**
 * Opens a case, then acts on the policy's verdict when the settings say so: an approved request creates its Medusa
 * return / exchange / claim (or repair) at once; a refused one is refused with the rule that refused it. A failed
 * automatic approval leaves the case for an agent with an internal note saying why.
 */
export async function openCase(container: MedusaContainer, input: OpenCaseInput, opts: { automatic?: boolean } = {}) {
  const { result } = await openCaseWorkflow(container).run({ input })
  const { settings } = await loadConfig(container)
  const d = result.decision
  const at = input.at
  let automatic: { action: "approve" | "refuse"; ok: boolean; error?: string } | null = null
  const auto = opts.automatic ?? true
  if (auto && d && d.outcome === "approve" && settings.auto_approve) {
    try {
      await approveCaseWorkflow(container).run({ input: { case_id: result.id, actor: SYSTEM, at } })
      automatic = { action: "approve", ok: true }
    } catch (e) {
      automatic = { action: "approve", ok: false, error: (e as Error).message }
      await caseActionWorkflow(container).run({ input: { case_id: result.id, actor: SYSTEM, action: "note", body: `Automatic approval failed, please approve by hand: ${(e as Error).message}`, at } })
    }
  } else if (auto && d && d.outcome === "refuse" && settings.auto_refuse && input.kind !== "repair") {
    const rule = d.decided_by?.rule_code ?? "policy"
    await caseActionWorkflow(container).run({
      input: {
        case_id: result.id,
        actor: SYSTEM,
        action: "refuse",
        note: `We cannot accept this request under our return policy (${rule.replace(/_/g, " ")}): ${d.lines.find((l) => l.outcome === "refuse")?.message ?? d.message}. Reply here if you think this is wrong.`,
        data: { decided_by: rule, rule_id: d.decided_by?.rule_id ?? null },
        at,
      },
    })
    automatic = { action: "refuse", ok: true }
  }
  return { id: result.id, rma_number: result.rma_number, decision: d, warranty: result.warranty, automatic }
}

/** One action on a case (see caseActionWorkflow); queues the reply index after a resolution. */
export async function actOnCase(container: MedusaContainer, input: CaseActionInput) {
  const { result } = await caseActionWorkflow(container).run({ input })
  if (result.to === "resolved" && result.from !== "resolved") await queueIndexUpdate(container)
  return result
}

export async function approveCase(container: MedusaContainer, input: ApproveCaseInput) {
  const { result } = await approveCaseWorkflow(container).run({ input })
  return result
}
