import path from "node:path"
import type { Browser } from "playwright-core"
import { launchBrowser, loginToAdmin } from "../browser/admin-browser"
import { ADMIN, ARTIFACTS, adminToken, api, startMedusa, waitFor, type MedusaProcess } from "./harness"

jest.setTimeout(600_000)

describe("admin pages in headless Chromium", () => {
  let app: MedusaProcess
  let browser: Browser
  let http: ReturnType<typeof api>

  beforeAll(async () => {
    app = await startMedusa("e2e-admin", { mode: "shared", admin: true, env: { REDIS_URL: "" } })
    http = api(app.baseUrl, await adminToken(app.baseUrl))
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it("logs in, opens the Jobs page and shows a real job with its progress", async () => {
    const { job } = await http.post("/admin/finesse/jobs", {
      kind: "core.probe",
      payload: { steps: 4, step_ms: 100, label: "browser-test" },
    })
    await waitFor(() => http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => j.state === "completed")

    const page = await loginToAdmin(browser, app.baseUrl, ADMIN.email, ADMIN.password)
    await page.goto(`${app.baseUrl}/app/finesse/jobs`)
    const row = page.locator(`[data-testid="job-row"][data-job-id="${job.id}"]`)
    await row.waitFor({ state: "visible" })
    expect(await row.getAttribute("data-state")).toBe("completed")
    expect(await row.innerText()).toContain("100%")
    expect(await row.innerText()).toContain("step 4 of 4")
    await page.screenshot({ path: path.join(ARTIFACTS, "admin-jobs.png") })
  })
})
