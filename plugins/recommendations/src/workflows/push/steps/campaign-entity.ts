import { entitySteps } from "../../common/entity-steps"

export const { create: createCampaignStep, update: updateCampaignStep, remove: deleteCampaignStep } = entitySteps("FinesseRecCampaign", "campaign", "Campaign")
