import path from "node:path"
import { ARTIFACTS, defineBrowserSuite, waitFor } from "../browser-suite"

export default defineBrowserSuite("Jobs page", (ctx) => {
  it("shows a real job with its progress", async () => {
    const { job } = await ctx.http.post("/admin/finesse/jobs", {
      kind: "core.probe",
      payload: { steps: 4, step_ms: 100, label: "browser-test" },
    })
    await waitFor(() => ctx.http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => j.state === "completed")

    const page = await ctx.newPage()
    await ctx.open(page, "/app/finesse/jobs", `[data-testid="job-row"][data-job-id="${job.id}"]`)
    const row = page.locator(`[data-testid="job-row"][data-job-id="${job.id}"]`)
    expect(await row.getAttribute("data-state")).toBe("completed")
    expect(await row.innerText()).toContain("100%")
    expect(await row.innerText()).toContain("step 4 of 4")
    await page.screenshot({ path: path.join(ARTIFACTS, "admin-jobs.png") })
    await page.close()
  })
})
