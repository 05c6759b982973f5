import { Button, Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { Field, OptionSelect } from "./form"
import { useEnqueueJob, useJobKinds } from "./jobs"
import { errorMessage } from "./sdk"

/** Starts a job of any registered kind; the payload is validated server-side and a 400 names the field. */
export const RunJobDrawer = () => {
  const [open, setOpen] = useState(false)
  const [kind, setKind] = useState<string>("")
  const [payload, setPayload] = useState("{}")
  const [error, setError] = useState<string | null>(null)
  const kinds = useJobKinds()
  const enqueue = useEnqueueJob()
  const selected = kinds.data?.job_kinds.find((k) => k.kind === kind)

  const submit = async () => {
    setError(null)
    let body: Record<string, unknown>
    try {
      body = JSON.parse(payload || "{}")
    } catch {
      setError("The payload is not valid JSON")
      return
    }
    try {
      const { job } = await enqueue.mutateAsync({ kind, payload: body })
      toast.success(`Job ${job.id} is ${job.state}`)
      setOpen(false)
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Run a job
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Run a job</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Field label="Kind">
            <OptionSelect
              value={kind}
              onChange={setKind}
              placeholder="Choose a job kind"
              options={kinds.data?.job_kinds.map((k) => ({ value: k.kind, label: k.kind }))}
            />
            {selected && (
              <Text size="small" className="text-ui-fg-subtle">
                {selected.description ?? "No description"} · queue {selected.queue} · {selected.attempts} attempts
                {selected.schedule ? ` · scheduled ${selected.schedule} (UTC)` : ""}
              </Text>
            )}
          </Field>
          <Field label="Payload (JSON)">
            <Textarea rows={8} value={payload} onChange={(e) => setPayload(e.target.value)} className="font-mono" />
          </Field>
          {error && (
            <Text size="small" className="text-ui-fg-error" data-testid="run-job-error">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Close
            </Button>
          </Drawer.Close>
          <Button size="small" disabled={!kind} isLoading={enqueue.isPending} onClick={submit}>
            Run
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
