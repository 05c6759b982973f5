import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import FinesseRiskAlert from "./models/alert"
import FinesseRiskAssessment from "./models/assessment"
import FinesseRiskIncident from "./models/incident"
import FinesseRiskListEntry from "./models/list-entry"
import FinesseRiskModel from "./models/risk-model"
import FinesseRiskOutcome from "./models/outcome"
import FinesseRiskRuleSet from "./models/rule-set"
import type { FinesseRiskOptions } from "./options"

/**
 * Persistence of @finesse/risk: assessments, lists, rule-set versions, outcomes, model versions, anomaly incidents and
 * their alerts (generated CRUD), plus the lean counter table `finesse_risk_use` (one row per scored order, hashed
 * keys; raw SQL in store/) that velocity, account links and first-order checks read at placement.
 */
export default class FinesseRiskModuleService extends MedusaService({
  FinesseRiskAssessment,
  FinesseRiskListEntry,
  FinesseRiskRuleSet,
  FinesseRiskOutcome,
  FinesseRiskModel,
  FinesseRiskIncident,
  FinesseRiskAlert,
}) {
  protected readonly db_: Knex
  protected readonly options_: FinesseRiskOptions

  constructor(cradle: Record<string, any>, options: FinesseRiskOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    this.options_ = options ?? {}
  }

  db(): Knex {
    return this.db_
  }

  options(): FinesseRiskOptions {
    return this.options_
  }
}
