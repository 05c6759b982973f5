import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * What a suite file gets from the one `medusaIntegrationTestRunner` of its plugin's spec: the app's HTTP client and
 * container. A plugin's HTTP tests are one spec file (one app boot) composed of suites; data every suite needs is
 * made once in the spec's top-level beforeAll, which the runner snapshots and restores before every test.
 */
export type SuiteContext = { api: any; getContainer: () => MedusaContainer }
