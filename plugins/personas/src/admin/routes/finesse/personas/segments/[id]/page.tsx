import { Button, Container, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useParams } from "react-router-dom"
import { PersonasNav } from "../../../../../components/personas-nav"
import { MembersTable } from "../../../../../components/segments/members-table"
import { SegmentForm } from "../../../../../components/segments/segment-form"
import { SyncPanel } from "../../../../../components/segments/sync-panel"
import { useOverview } from "../../../../../hooks/personas"
import { useDeleteSegment, useSegment } from "../../../../../hooks/segments"
import { formatDateTime, formatNumber, errorMessage } from "@finesse/core/admin-kit"

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
    try {
      await del.mutateAsync(segment!.id)
      toast.success("Segment deleted (its customer group stays)")
      navigate("/finesse/personas/segments")
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="segment-page">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <div>
            <Heading level="h1">{isNew ? "New segment" : (segment?.name ?? "Segment")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {segment
                ? `${segment.evaluated_at ? formatNumber(segment.member_count) : "…"} members · evaluated ${formatDateTime(segment.evaluated_at)}`
                : "Build the rules and watch the preview; save to keep the membership current"}
            </Text>
          </div>
          <PersonasNav />
        </div>
        {segment && (
          <Button size="small" variant="danger" onClick={() => setConfirm(true)}>
            Delete
          </Button>
        )}
      </Container>
      {isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(error)}
          </Text>
        </Container>
      )}
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
