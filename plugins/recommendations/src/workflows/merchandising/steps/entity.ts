import { entitySteps } from "../../common/entity-steps"

export const { create: createRuleStep, update: updateRuleStep, remove: deleteRuleStep } = entitySteps("FinesseRecRule", "rule", "Rule")
