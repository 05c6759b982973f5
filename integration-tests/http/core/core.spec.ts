import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders } from "../../helpers/auth"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"
import { costsSuite } from "./costs.suite"
import { dataSuite } from "./data.suite"
import { governanceSuite } from "./governance.suite"

jest.setTimeout(180_000)

export type SharedStore = { store: StoreFixture; admin: { headers: Record<string, string> } }

/** Core over HTTP (the job runtime has its own file, run on both backends): one app boot, one store, three suites. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (ctx) => {
    const shared = {} as SharedStore
    // the runner snapshots the database after this (at the first test) and restores it before every test
    beforeAll(async () => {
      shared.store = await createStoreFixture(ctx.getContainer())
      shared.admin = await adminHeaders(ctx.getContainer())
    })
    describe("data layer", () => dataSuite(ctx, shared))
    describe("costs", () => costsSuite(ctx, shared))
    describe("audit log, roles and data protection", () => governanceSuite(ctx))
  },
})
