import { defineRouteConfig } from "@medusajs/admin-sdk"
import { QueueList } from "@medusajs/icons"
import { Button, Container, Heading, Select, Table, Text, Tooltip, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  JOB_STATE_COLOR,
  JobStateBadge,
  ProgressBar,
  RunJobDrawer,
  errorMessage,
  formatDateTime,
  formatDuration,
  useCancelJob,
  useJobKinds,
  useJobs,
  useRetryJob,
  type Job,
} from "../../../../admin-kit"

const PAGE_SIZE = 20

function duration(job: Job, now: number) {
  if (!job.started_at) return null
  const end = job.finished_at ? new Date(job.finished_at).getTime() : job.state === "active" ? now : null
  return end == null ? null : end - new Date(job.started_at).getTime()
}

const JobsPage = () => {
  const [state, setState] = useState("all")
  const [kind, setKind] = useState("all")
  const [page, setPage] = useState(0)
  const query = {
    state: state === "all" ? undefined : state,
    kind: kind === "all" ? undefined : kind,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  }
  const { data, isLoading, isError, error } = useJobs(query)
  const kinds = useJobKinds()
  const retry = useRetryJob()
  const cancel = useCancelJob()
  const now = useMemo(() => Date.now(), [data])
  const pageCount = Math.max(1, Math.ceil((data?.count ?? 0) / PAGE_SIZE))

  const act = async (fn: typeof retry, id: string, verb: string) => {
    try {
      await fn.mutateAsync(id)
      toast.success(`Job ${verb}`)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Jobs</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Background work of the Finesse plugins
            {kinds.data ? ` · ${kinds.data.backend === "bullmq" ? "BullMQ on Redis" : "in process (no Redis)"}` : ""}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Select
            size="small"
            value={kind}
            onValueChange={(v) => {
              setKind(v)
              setPage(0)
            }}
          >
            <Select.Trigger className="w-[220px]">
              <Select.Value placeholder="All kinds" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All kinds</Select.Item>
              {kinds.data?.job_kinds.map((k) => (
                <Select.Item key={k.kind} value={k.kind}>
                  {k.kind}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select
            size="small"
            value={state}
            onValueChange={(v) => {
              setState(v)
              setPage(0)
            }}
          >
            <Select.Trigger className="w-[150px]">
              <Select.Value placeholder="All states" />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All states</Select.Item>
              {Object.keys(JOB_STATE_COLOR).map((s) => (
                <Select.Item key={s} value={s}>
                  {s}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <RunJobDrawer />
        </div>
      </div>
      {isError && (
        <div className="px-6 py-4">
          <Text className="text-ui-fg-error">Could not load jobs: {errorMessage(error)}</Text>
        </div>
      )}
      {!isLoading && data && data.count === 0 ? (
        <div className="flex flex-col items-center gap-y-2 px-6 py-12">
          <Text weight="plus">No jobs {state !== "all" || kind !== "all" ? "match these filters" : "yet"}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            Jobs appear here when a plugin starts background work: backfills, model training, imports, scheduled
            rollups. Use “Run a job” to start one by hand.
          </Text>
        </div>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Job</Table.HeaderCell>
                <Table.HeaderCell>State</Table.HeaderCell>
                <Table.HeaderCell className="w-[240px]">Progress</Table.HeaderCell>
                <Table.HeaderCell>Attempts</Table.HeaderCell>
                <Table.HeaderCell>Started</Table.HeaderCell>
                <Table.HeaderCell>Duration</Table.HeaderCell>
                <Table.HeaderCell>Error</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Actions</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data?.jobs.map((job) => (
                <Table.Row key={job.id} data-testid="job-row" data-job-id={job.id} data-state={job.state}>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <Text size="small" weight="plus">
                        {job.kind}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-muted font-mono">
                        {job.id}
                      </Text>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <JobStateBadge job={job} />
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col gap-y-1 py-1">
                      <div className="flex items-center gap-x-2">
                        <ProgressBar
                          value={job.progress}
                          tone={job.state === "failed" ? "error" : job.state === "completed" ? "done" : "default"}
                        />
                        <Text size="xsmall" className="w-9 text-right tabular-nums">
                          {job.progress}%
                        </Text>
                      </div>
                      {job.message && (
                        <Text size="xsmall" className="text-ui-fg-subtle truncate">
                          {job.message}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    {job.attempts}/{job.max_attempts}
                  </Table.Cell>
                  <Table.Cell>{formatDateTime(job.started_at)}</Table.Cell>
                  <Table.Cell>{formatDuration(duration(job, now))}</Table.Cell>
                  <Table.Cell className="max-w-[260px]">
                    {job.error ? (
                      <Tooltip content={job.error}>
                        <Text size="xsmall" className="text-ui-fg-error truncate">
                          {job.error}
                        </Text>
                      </Tooltip>
                    ) : (
                      "–"
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {(job.state === "failed" || job.state === "cancelled") && (
                      <Button size="small" variant="secondary" onClick={() => act(retry, job.id, "queued again")}>
                        Retry
                      </Button>
                    )}
                    {(job.state === "queued" || job.state === "retrying" || job.state === "active") &&
                      !job.cancel_requested && (
                        <Button size="small" variant="transparent" onClick={() => act(cancel, job.id, "cancelled")}>
                          Cancel
                        </Button>
                      )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={data?.count ?? 0}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => p + 1)}
          />
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Jobs",
  icon: QueueList,
})

export default JobsPage
