import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_CATALOG_MODULE } from "../../../modules/finesse-catalog"
import type { SupplyPolicy } from "../../../modules/finesse-catalog/policy"
import type FinesseCatalogModuleService from "../../../modules/finesse-catalog/service"
import type { RuleSettingRow } from "../../../modules/finesse-catalog/service"

const svcOf = (c: { resolve<T>(k: string): T }) => c.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)

/** Sets one quality rule's setting; compensation restores the previous one. */
export const putRuleSettingStep = createStep(
  "catalog-put-rule-setting",
  async (input: { code: string; enabled: boolean; weight: number | null; args: Record<string, unknown> | null; by: string | null }, { container }) => {
    const before = await svcOf(container).putRuleSetting(input.code, input, input.by)
    return new StepResponse({ before }, { code: input.code, before })
  },
  async (data: { code: string; before: RuleSettingRow | null } | undefined, { container }) => {
    if (!data) return
    if (data.before) await svcOf(container).putRuleSetting(data.code, data.before, data.before.updated_by)
    else await svcOf(container).removeRuleSetting(data.code)
  }
)

/** Stores the supply policy; compensation restores the previous one. */
export const setPolicyStep = createStep(
  "catalog-set-policy",
  async (input: { policy: SupplyPolicy; by: string | null }, { container }) => {
    const before = await svcOf(container).policy()
    await svcOf(container).setPolicy(input.policy, input.by)
    return new StepResponse({ before }, before)
  },
  async (before: SupplyPolicy | undefined, { container }) => {
    if (before) await svcOf(container).setPolicy(before, null)
  }
)
