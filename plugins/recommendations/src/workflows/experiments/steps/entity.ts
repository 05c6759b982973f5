import { entitySteps } from "../../common/entity-steps"

export const experimentSteps = entitySteps("FinesseRecExperiment", "experiment", "Experiment")
export const { create: createExperimentStep, update: updateExperimentStep, remove: deleteExperimentStep } = experimentSteps
