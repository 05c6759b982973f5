import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerGroupsStep, emitEventStep, updatePromotionsStatusWorkflow } from "@medusajs/medusa/core-flows"
import { markPlansLaunchedStep } from "../planning/steps/mark-launched"
import { addArmRulesStep } from "./steps/add-arm-rules"
import { applyGroupChangesStep } from "./steps/apply-group-changes"
import { createExperimentStep } from "./steps/create-experiment"
import { prepareExperimentStep, type StartExperimentInput } from "./steps/prepare-experiment"

/**
 * Starts a holdout or an A/B test of promotions: assigns the audience by the stable hash, creates one Medusa customer
 * group per arm (the holdout's included) with its members, puts the arm's group on each arm promotion's rules so
 * Medusa's own promotion computation applies the split at checkout, and launches the promotions.
 */
export const startExperimentWorkflow = createWorkflow("promotions-start-experiment", (input: StartExperimentInput) => {
  const prepared = prepareExperimentStep(input)
  const groups = createCustomerGroupsStep(transform({ prepared, input }, ({ prepared, input }) => prepared.groups.map((g) => ({ ...g, created_by: input.created_by ?? undefined }))))
  const created = createExperimentStep(transform({ prepared, groups }, ({ prepared, groups }) => ({ prepared, groups: groups as any })))
  applyGroupChangesStep(
    transform({ prepared, created }, ({ prepared, created }) =>
      created.arms
        .filter((a) => a.customer_group_id)
        .map((a) => ({ customer_group_id: a.customer_group_id!, add: prepared.assignments.filter((x) => x.arm === a.code).map((x) => x.customer_id), remove: [] }))
    )
  )
  addArmRulesStep(
    transform({ prepared, created }, ({ prepared, created }) => {
      const holdout = created.arms.find((a) => a.code === "holdout")?.customer_group_id ?? null
      return prepared.arms.flatMap((a) => {
        const group = created.arms.find((x) => x.code === a.code)?.customer_group_id
        return group && a.code !== "holdout" ? a.promotion_ids.map((promotion_id) => ({ promotion_id, treated_group_id: group, holdout_group_id: holdout })) : []
      })
    })
  )
  updatePromotionsStatusWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({ promotionsData: prepared.promotion_ids.map((id) => ({ id, status: "active" as const })) })),
  })
  markPlansLaunchedStep(
    transform({ prepared, created, input }, ({ prepared, created, input }) => ({
      promotion_ids: prepared.promotion_ids,
      launched_by: input.created_by,
      experiment_id: created.experiment.id,
      launched_at: Date.now(),
    }))
  )
  emitEventStep({
    eventName: "finesse.promotions.experiment_started",
    data: transform({ created, prepared }, ({ created, prepared }) => ({ id: created.experiment.id, kind: created.experiment.kind, promotion_ids: prepared.promotion_ids, counts: prepared.counts })),
  })
  return new WorkflowResponse(transform({ created, prepared }, ({ created, prepared }) => ({ experiment: created.experiment, arms: created.arms, counts: prepared.counts })))
})
