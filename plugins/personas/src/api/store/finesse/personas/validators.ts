import { z } from "@medusajs/framework/zod"

/** The answers are checked against the survey's questions by the workflow (400 naming answers.<key>). */
export const StoreSurveyResponseBody = z.object({ answers: z.record(z.string(), z.unknown()) }).strict()
export type StoreSurveyResponseBodyType = z.infer<typeof StoreSurveyResponseBody>
