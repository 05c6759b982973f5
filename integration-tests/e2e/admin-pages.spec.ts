import fs from "node:fs"
import { launchBrowser } from "../browser/admin-browser"
import { loadBrowserSuites, suiteHelpers, type BrowserSuiteContext } from "../browser/browser-suite"
import { ADMIN, ARTIFACTS, adminToken, api, startMedusa } from "./harness"

jest.setTimeout(900_000)

/**
 * Every Finesse admin page in headless Chromium against one Medusa process (admin served by Vite) and one logged-in
 * browser session: the suites in integration-tests/browser/suites, each with its own data made through the real
 * APIs. Screenshots go to .artifacts/. E2E_SUITES=insights,personas runs some of them.
 */
describe("admin pages in headless Chromium", () => {
  const ctx = {} as BrowserSuiteContext

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    ctx.app = await startMedusa("e2e-admin", { mode: "shared", admin: true, env: { REDIS_URL: "" } })
    ctx.http = api(ctx.app.baseUrl, await adminToken(ctx.app.baseUrl))
    ctx.browser = await launchBrowser()
    ctx.session = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 } })
    suiteHelpers(ctx)
    // log in once; the session cookie serves every tab. The first load compiles the admin (Vite), so allow for it.
    const page = await ctx.newPage()
    for (let attempt = 1; ; attempt++) {
      try {
        await page.goto(`${ctx.app.baseUrl}/app/login`, { waitUntil: "domcontentloaded" })
        await page.locator('input[name="email"]').fill(ADMIN.email)
        await page.locator('input[name="password"]').fill(ADMIN.password)
        await page.locator('button[type="submit"]').click()
        await page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 120_000 })
        break
      } catch (e) {
        if (attempt >= 3) throw e
        console.log(`admin login attempt ${attempt} failed, retrying: ${String(e).split("\n")[0]}`)
      }
    }
    await page.close()
  })

  afterAll(async () => {
    await ctx.browser?.close()
    await ctx.app?.stop()
  })

  for (const suite of loadBrowserSuites()) describe(suite.name, () => suite.body(ctx))
})
