import { Button, Prompt } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { ErrorState, formatDateTime, formatNumber, runWithToast } from "@finesse/core/admin-kit"
import { PersonasHeader } from "../../../../../components/personas-header"
import { MembersTable } from "../../../../../components/segments/members-table"
import { SegmentForm } from "../../../../../components/segments/segment-form"
import { SyncPanel } from "../../../../../components/segments/sync-panel"
import { useOverview } from "../../../../../hooks/personas"
import { useDeleteSegment, useSegment } from "../../../../../hooks/segments"

/** The segment builder: rules with a live preview, then (once saved) members, group sync and its history. */
const SegmentPage = () => {
  const { id } = useParams()
  const isNew = id === "new"
  const { data, isError, error } = useSegment(isNew ? undefined : id)
  const overview = useOverview()
  const currency = overview.data?.overview.currency_code ?? null
  const del = useDeleteSegment()
  const navigate = useNavigate()
  const [confirm, setConfirm] = useState(false)
  const segment = data?.segment

  const remove = async () => {
    if (await runWithToast(() => del.mutateAsync(segment!.id), "Segment deleted (its customer group stays)")) navigate("/finesse/personas/segments")
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="segment-page">
      <PersonasHeader
        title={isNew ? "New segment" : (segment?.name ?? "Segment")}
        subtitle={
          segment
            ? `${segment.evaluated_at ? formatNumber(segment.member_count) : "…"} members · evaluated ${formatDateTime(segment.evaluated_at)}`
            : "Build the rules and watch the preview; save to keep the membership current"
        }
        actions={
          segment && (
            <Button size="small" variant="danger" onClick={() => setConfirm(true)}>
              Delete
            </Button>
          )
        }
      />
      {isError && <ErrorState title="Could not load the segment" error={error} />}
      {(isNew || segment) && <SegmentForm key={segment?.id ?? "new"} segment={segment} currency={currency} />}
      {segment && <SyncPanel segment={segment} />}
      {segment && <MembersTable segmentId={segment.id} currency={currency} />}
      <Prompt open={confirm} onOpenChange={setConfirm}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Delete this segment?</Prompt.Title>
            <Prompt.Description>Its members are dropped. The customer group stays, so promotions that target it keep working.</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action onClick={remove}>Delete</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </div>
  )
}

export default SegmentPage
