import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadSurveyStep } from "./steps/load-survey"
import { closeOtherSurveysStep, replaceQuestionsStep, saveSurveyStep, type SurveyInput } from "./steps/save-survey"
import { validateSurveyStep } from "./steps/validate-survey"

/** Creates (no id) or updates a survey and its questions; activating it closes any other active survey. */
export const saveSurveyWorkflow = createWorkflow("personas-save-survey", (input: SurveyInput) => {
  when({ input }, ({ input }) => !!input.id).then(() => {
    loadSurveyStep(transform({ input }, ({ input }) => ({ id: input.id! })))
  })
  validateSurveyStep(input)
  const survey = saveSurveyStep(input)
  when({ input }, ({ input }) => !!input.questions).then(() => {
    replaceQuestionsStep(transform({ input, survey }, ({ input, survey }) => ({ survey_id: survey.id, questions: input.questions! })))
  })
  when({ survey }, ({ survey }) => survey.status === "active").then(() => {
    closeOtherSurveysStep(transform({ survey }, ({ survey }) => ({ survey_id: survey.id })))
  })
  return new WorkflowResponse(survey)
})
