import fs from "node:fs"
import path from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { ADMIN, ARTIFACTS, api, waitFor, type MedusaProcess } from "../e2e/harness"

export type AdminApi = ReturnType<typeof api>

/**
 * What every admin-page suite gets from the one Medusa process and the one Chromium that
 * `integration-tests/e2e/admin-pages.spec.ts` starts for all of them (filled in before the first test runs).
 */
export type BrowserSuiteContext = {
  app: MedusaProcess
  /** the admin API with the e2e admin's token */
  http: AdminApi
  browser: Browser
  /** a browser context logged into the admin */
  session: BrowserContext
  /** a new tab of the logged-in session */
  newPage(): Promise<Page>
  /**
   * Opens an admin path (`/app/...`) and waits for `selector`. A plugin rebuilt while Vite serves the admin can
   * leave one page load without that plugin's bundle; a fresh load recovers, so it tries up to three loads.
   */
  open(page: Page, p: string, selector: string): Promise<void>
  /** The whole page (the admin scrolls inside its main column: the viewport grows to the page) to .artifacts/<name>.png */
  shot(page: Page, name: string): Promise<void>
  /** Starts a job through the admin API and waits until it ends; returns the final job record. */
  runJob(kind: string, payload: Record<string, unknown>, timeoutMs?: number): Promise<any>
}

export type BrowserSuite = { name: string; body: (ctx: BrowserSuiteContext) => void }

/** A suite of admin-page tests, in `integration-tests/browser/suites/<name>.suite.ts`; `body` registers its tests. */
export function defineBrowserSuite(name: string, body: (ctx: BrowserSuiteContext) => void): BrowserSuite {
  return { name, body }
}

/** Every suite file, in name order. */
export function loadBrowserSuites(dir = path.join(__dirname, "suites")): BrowserSuite[] {
  const only = process.env.E2E_SUITES ? new Set(process.env.E2E_SUITES.split(",")) : null
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".suite.ts") && (!only || only.has(f.replace(/\.suite\.ts$/, ""))))
    .sort()
    .map((f) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(dir, f))
      const suite: BrowserSuite | undefined = mod.default
      if (!suite?.body) throw new Error(`${f} must export default defineBrowserSuite(...)`)
      return suite
    })
}

export function suiteHelpers(ctx: BrowserSuiteContext) {
  ctx.newPage = async () => {
    const page = await ctx.session.newPage()
    page.setDefaultTimeout(120_000)
    return page
  }
  ctx.open = async (page, p, selector) => {
    for (let attempt = 1; ; attempt++) {
      await page.goto(`${ctx.app.baseUrl}${p}`)
      try {
        await page.locator(selector).first().waitFor({ state: "visible", timeout: 90_000 })
        return
      } catch (e) {
        if (attempt >= 3) throw e
        console.log(`${p}: ${selector} not shown on load ${attempt}, loading again`)
      }
    }
  }
  ctx.shot = async (page, name) => {
    const height = await page.evaluate(() => {
      const doc = (globalThis as any).document
      const main = doc.querySelector("main") ?? doc.body
      return main.getBoundingClientRect().top + main.scrollHeight + 32
    })
    const viewport = page.viewportSize() ?? { width: 1440, height: 900 }
    await page.setViewportSize({ width: 1440, height: Math.ceil(Math.min(6000, Math.max(900, height))) })
    await page.waitForTimeout(500)
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) })
    await page.setViewportSize(viewport)
  }
  ctx.runJob = async (kind, payload, timeoutMs = 180_000) => {
    const { job } = await ctx.http.post("/admin/finesse/jobs", { kind, payload })
    return waitFor(() => ctx.http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => ["completed", "failed", "cancelled"].includes(j.state), timeoutMs, 300)
  }
  return ctx
}

export { ADMIN, ARTIFACTS, waitFor }
