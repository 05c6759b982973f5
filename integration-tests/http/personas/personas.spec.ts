import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { personasSuite } from "./personas.suite"
import { segmentsSuite } from "./segments.suite"
import { surveysSuite } from "./surveys.suite"

jest.setTimeout(240_000)

/** The personas plugin over HTTP: one app boot for the personas, segments and surveys suites. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (ctx) => {
    describe("personas", () => personasSuite(ctx))
    describe("segments", () => segmentsSuite(ctx))
    describe("surveys", () => surveysSuite(ctx))
  },
})
