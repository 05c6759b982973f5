import { StartJobButton, sdk, type Job } from "@finesse/core/admin-kit"

/**
 * "Recompute": starts the personas.recompute job (or follows the one already running) and shows its progress until
 * it finishes; the page's data refreshes then.
 */
export const RecomputeButton = ({ latest }: { latest: Job | null }) => (
  <StartJobButton
    testId="recompute"
    label="Recompute"
    runningLabel="Recomputing…"
    latest={latest}
    start={() => sdk.client.fetch<{ job: Job }>("/admin/finesse/personas/recompute", { method: "POST", body: {} })}
    refresh={[["personas-overview"], ["personas-profiles"]]}
    done={(job) => (job.result?.version ? `Personas recomputed (model v${job.result.version})` : "Nothing to recompute yet")}
  />
)
