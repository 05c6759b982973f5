import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import FinessePromotionAssignment from "./models/assignment"
import FinessePromotionAttributionRun from "./models/attribution-run"
import FinessePromotionChannelSpend from "./models/channel-spend"
import FinessePromotionCheckResult from "./models/check-result"
import FinessePromotionEvaluation from "./models/evaluation"
import FinessePromotionExperiment from "./models/experiment"
import FinessePromotionExperimentArm from "./models/experiment-arm"
import FinessePromotionOrderAttribution from "./models/order-attribution"
import FinessePromotionPlan from "./models/plan"
import FinessePromotionSimulation from "./models/simulation"
import { DEFAULT_APPROVAL_BUDGET, DEFAULT_HOLDOUT_SHARE, type FinessePromotionsOptions } from "./options"
import * as assignments from "./store/assignments"
import * as attribution from "./store/attribution"

/**
 * Persistence of @finesse/promotions: plans over Medusa promotions, experiments with arms and assignments, check
 * results, simulations, evaluations, channel spend and attribution. Admin CRUD uses the generated methods; the bulk
 * paths (assignments, order credits) are raw SQL.
 */
export default class FinessePromotionsModuleService extends MedusaService({
  FinessePromotionPlan,
  FinessePromotionExperiment,
  FinessePromotionExperimentArm,
  FinessePromotionAssignment,
  FinessePromotionCheckResult,
  FinessePromotionSimulation,
  FinessePromotionEvaluation,
  FinessePromotionChannelSpend,
  FinessePromotionAttributionRun,
  FinessePromotionOrderAttribution,
}) {
  protected readonly db_: Knex
  protected readonly options_: FinessePromotionsOptions

  constructor(cradle: Record<string, any>, options: FinessePromotionsOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    this.options_ = options ?? {}
  }

  options(): Required<Pick<FinessePromotionsOptions, "approvalBudget" | "defaultHoldoutShare">> & FinessePromotionsOptions {
    return {
      ...this.options_,
      approvalBudget: this.options_.approvalBudget ?? DEFAULT_APPROVAL_BUDGET,
      defaultHoldoutShare: this.options_.defaultHoldoutShare ?? DEFAULT_HOLDOUT_SHARE,
    }
  }

  // ---- assignments ----

  async insertAssignments(experimentId: string, rows: { customer_id: string; arm: string }[], at = new Date()) {
    return assignments.insertAssignments(this.db_, experimentId, rows, at)
  }

  async assignmentsByArm(experimentId: string) {
    return assignments.assignmentsByArm(this.db_, experimentId)
  }

  async deleteAssignments(experimentId: string, customerIds: string[]) {
    return assignments.deleteAssignments(this.db_, experimentId, customerIds)
  }

  // ---- attribution ----

  async insertCredits(runId: string, rows: attribution.CreditRow[]) {
    return attribution.insertCredits(this.db_, runId, rows)
  }

  async pruneCredits(keep = 1) {
    return attribution.pruneCredits(this.db_, keep)
  }

  async pageCredits(runId: string, f: { channel?: string; limit: number; offset: number }) {
    return attribution.pageCredits(this.db_, runId, f)
  }

  // ---- one customer's rows (privacy) ----

  async customerRows(customerId: string) {
    const [a, c] = await Promise.all([
      this.db_.raw(`select experiment_id, arm, assigned_at from finesse_promotion_assignment where customer_id = ? and deleted_at is null order by assigned_at`, [customerId]),
      this.db_.raw(
        `select run_id, order_id, channel, campaign, weight, revenue, margin, new_customer, placed_at from finesse_promotion_order_attribution where customer_id = ? and deleted_at is null order by placed_at`,
        [customerId]
      ),
    ])
    return { assignments: a.rows as Record<string, unknown>[], order_attributions: c.rows as Record<string, unknown>[] }
  }

  /**
   * Erasure: the customer's assignments are deleted (their arm leaves the experiment's record) and their order
   * credits lose the customer id (the order's credit stays in the channel totals, no longer tied to a person).
   */
  async eraseCustomer(customerId: string) {
    const a = await this.db_.raw(`delete from finesse_promotion_assignment where customer_id = ?`, [customerId])
    const c = await this.db_.raw(`update finesse_promotion_order_attribution set customer_id = null, updated_at = now() where customer_id = ?`, [customerId])
    return { assignments: a.rowCount ?? 0, order_attributions: c.rowCount ?? 0 }
  }
}
