import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"

jest.setTimeout(120_000)

// The same suite runs on both backends: without REDIS_URL jobs run in process, with it through BullMQ.
const backend = process.env.REDIS_URL ? "bullmq" : "in-process"
// a fast sweeper, so a job recorded but never dispatched (a crash in between) is picked up within a second
process.env.FINESSE_JOBS_SWEEP_MS = "300"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    describe(`admin jobs API (${backend})`, () => {
      let auth: { headers: Record<string, string> }
      const job = (id: string) => api.get(`/admin/finesse/jobs/${id}`, auth).then((r: any) => r.data.job)
      const settled = (j: any) => ["completed", "failed", "cancelled"].includes(j.state)
      const runs = async (jobId: string) => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        return knex("finesse_job_probe_run").where({ job_id: jobId }).orderBy("attempt")
      }

      beforeEach(async () => {
        auth = await adminHeaders(getContainer())
      })

      it("rejects every route without an admin login (401)", async () => {
        const calls = [
          () => api.get("/admin/finesse/jobs"),
          () => api.get("/admin/finesse/jobs/x"),
          () => api.post("/admin/finesse/jobs", { kind: "core.probe" }),
          () => api.post("/admin/finesse/jobs/x/retry", {}),
          () => api.post("/admin/finesse/jobs/x/cancel", {}),
          () => api.get("/admin/finesse/job-kinds"),
        ]
        for (const c of calls) expect((await expectStatus(c())).status).toBe(401)
      })

      it("lists the registered kinds with the active backend", async () => {
        const { data } = await api.get("/admin/finesse/job-kinds", auth)
        expect(data.backend).toBe(backend)
        const probe = data.job_kinds.find((k: any) => k.kind === "core.probe")
        expect(probe).toMatchObject({ queue: "finesse-core-probe", attempts: 3 })
        expect(data.job_kinds.find((k: any) => k.kind === "core.jobs-prune").schedule).toBe("15 3 * * *")
      })

      it("answers 400 naming the wrong field", async () => {
        const bad = [
          [{ kind: "core.probe", payload: { steps: "three" } }, "payload.steps"],
          [{ kind: "core.probe", payload: { nope: 1 } }, "nope"],
          [{ kind: "no.such-kind" }, "kind"],
          [{ payload: {} }, "kind"],
          [{ kind: "core.probe", extra: true }, "extra"],
          [{ kind: "core.probe", job_id: "has:colon" }, "job_id"],
        ] as const
        for (const [body, field] of bad) {
          const r = await expectStatus(api.post("/admin/finesse/jobs", body, auth))
          expect(r.status).toBe(400)
          expect(r.data.message).toContain(field)
        }
        const q = await expectStatus(api.get("/admin/finesse/jobs?limit=1000", auth))
        expect(q.status).toBe(400)
        expect(q.data.message).toContain("limit")
        const s = await expectStatus(api.get("/admin/finesse/jobs?state=exploded", auth))
        expect(s.status).toBe(400)
        expect(s.data.message).toContain("state")
      })

      it("answers 404 for an unknown job", async () => {
        for (const c of [
          () => api.get("/admin/finesse/jobs/core.probe-unknown", auth),
          () => api.post("/admin/finesse/jobs/core.probe-unknown/retry", {}, auth),
          () => api.post("/admin/finesse/jobs/core.probe-unknown/cancel", {}, auth),
        ]) {
          expect((await expectStatus(c())).status).toBe(404)
        }
      })

      it("runs a job with progress and keeps its record", async () => {
        const res = await api.post(
          "/admin/finesse/jobs",
          { kind: "core.probe", payload: { steps: 5, step_ms: 150, record: true, label: "happy" } },
          auth
        )
        expect(res.status).toBe(202)
        const id = res.data.job.id
        expect(id).toMatch(/^core\.probe-[0-9a-f]{16}$/)
        const seen = new Set<number>()
        const done = await waitFor(
          async () => {
            const j = await job(id)
            if (j.state === "active") seen.add(j.progress)
            return j
          },
          settled
        )
        expect(done).toMatchObject({ state: "completed", progress: 100, attempts: 1, message: "step 5 of 5", error: null })
        expect(done.result).toMatchObject({ attempt: 1, steps: 5 })
        expect(new Date(done.finished_at).getTime()).toBeGreaterThanOrEqual(new Date(done.started_at).getTime() + 700)
        // progress was visible while it ran, not only at the end
        expect([...seen].some((p) => p > 0 && p < 100)).toBe(true)
        expect(await runs(id)).toHaveLength(1)
      })

      it("does the work once when the same job is enqueued twice", async () => {
        const body = { kind: "core.probe", payload: { steps: 2, step_ms: 100, record: true, label: "twice" } }
        const [a, b] = await Promise.all([api.post("/admin/finesse/jobs", body, auth), api.post("/admin/finesse/jobs", body, auth)])
        expect(a.data.job.id).toBe(b.data.job.id)
        await waitFor(() => job(a.data.job.id), settled)
        const again = await api.post("/admin/finesse/jobs", body, auth)
        expect(again.data.job.state).toBe("completed")
        expect(await runs(a.data.job.id)).toHaveLength(1)
      })

      it("retries with backoff until an attempt succeeds", async () => {
        const { data } = await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { fail_attempts: 2, record: true } }, auth)
        const done = await waitFor(() => job(data.job.id), settled)
        expect(done).toMatchObject({ state: "completed", attempts: 3 })
        expect((await runs(data.job.id)).map((r: any) => r.attempt)).toEqual([1, 2, 3])
      })

      it("fails after the last attempt, and an admin retry runs it again", async () => {
        const { data } = await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { fail_attempts: 3, record: true, label: "x" } }, auth)
        const failed = await waitFor(() => job(data.job.id), settled)
        expect(failed).toMatchObject({ state: "failed", attempts: 3 })
        expect(failed.error).toContain("failing attempt 3 of 3")
        const list = await api.get(`/admin/finesse/jobs?state=failed&kind=core.probe`, auth)
        expect(list.data.jobs.map((j: any) => j.id)).toContain(data.job.id)

        const retried = await api.post(`/admin/finesse/jobs/${data.job.id}/retry`, {}, auth)
        expect(retried.status).toBe(202)
        expect(retried.data.job).toMatchObject({ state: "queued", attempts: 0, error: null })
        // a fresh budget of three attempts; attempt numbers restart, so the probe fails three more times
        const again = await waitFor(() => job(data.job.id), settled)
        expect(again).toMatchObject({ state: "failed", attempts: 3 })
        expect(await runs(data.job.id)).toHaveLength(6)
        const notAllowed = await expectStatus(api.post(`/admin/finesse/jobs/${data.job.id}/cancel`, {}, auth))
        expect(notAllowed.status).toBe(400)
      })

      it("fails at once, without retries, on a permanent error", async () => {
        const { data } = await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { permanent_failure: true, record: true } }, auth)
        const done = await waitFor(() => job(data.job.id), settled)
        expect(done).toMatchObject({ state: "failed", attempts: 1, error: "probe asked to fail permanently" })
        expect(await runs(data.job.id)).toHaveLength(1)
      })

      it("fails at once when a stored payload no longer validates, and recovers undispatched jobs", async () => {
        // a record written but never handed to the queue (as after a crash), with a payload the schema rejects
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await knex("finesse_job").insert({
          id: "core.probe-stale-payload",
          kind: "core.probe",
          queue: "finesse-core-probe",
          state: "queued",
          payload: JSON.stringify({ steps: "many" }),
          max_attempts: 3,
          queued_at: knex.fn.now(),
          updated_at: knex.raw("now() - interval '5 minutes'"),
        })
        const done = await waitFor(() => job("core.probe-stale-payload"), settled, 30_000)
        expect(done).toMatchObject({ state: "failed", attempts: 1 })
        expect(done.error).toContain("invalid payload: payload.steps")
      })

      it("cancels a running job at its next progress report", async () => {
        const { data } = await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { steps: 100, step_ms: 100, label: "long" } }, auth)
        await waitFor(() => job(data.job.id), (j) => j.state === "active" && j.progress > 0)
        const res = await api.post(`/admin/finesse/jobs/${data.job.id}/cancel`, {}, auth)
        expect(res.data.job.cancel_requested).toBe(true)
        const done = await waitFor(() => job(data.job.id), settled, 10_000)
        expect(done.state).toBe("cancelled")
        expect(done.progress).toBeLessThan(50)
        const retried = await api.post(`/admin/finesse/jobs/${data.job.id}/retry`, {}, auth)
        expect(retried.data.job.state).toBe("queued")
      })

      it("paginates and filters the list", async () => {
        for (let i = 0; i < 5; i++) {
          await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { label: `page-${i}` } }, auth)
        }
        const first = await api.get("/admin/finesse/jobs?kind=core.probe&limit=2&offset=0", auth)
        const second = await api.get("/admin/finesse/jobs?kind=core.probe&limit=2&offset=2", auth)
        expect(first.data).toMatchObject({ limit: 2, offset: 0 })
        expect(first.data.count).toBeGreaterThanOrEqual(5)
        expect(first.data.jobs).toHaveLength(2)
        const ids = [...first.data.jobs, ...second.data.jobs].map((j: any) => j.id)
        expect(new Set(ids).size).toBe(4)
        const none = await api.get("/admin/finesse/jobs?kind=core.nothing", auth)
        expect(none.data).toMatchObject({ count: 0, jobs: [] })
      })
    })
  },
})
