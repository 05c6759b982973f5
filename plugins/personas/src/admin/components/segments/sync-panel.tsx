import { Badge, Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useDryRun, useSyncNow, useSyncs, type Segment, type SyncDiff } from "../../hooks/segments"
import { formatDateTime, formatNumber, errorMessage, TablePager } from "@finesse/core/admin-kit"

const PAGE = 10

const People = ({ title, people, total, tone }: { title: string; people: SyncDiff["add"]; total: number; tone: "green" | "red" }) => (
  <div className="flex min-w-0 flex-1 flex-col gap-y-1">
    <div className="flex items-center gap-x-2">
      <Badge size="2xsmall" color={tone}>
        {tone === "green" ? "+" : "−"}
        {formatNumber(total)}
      </Badge>
      <Text size="small" weight="plus">
        {title}
      </Text>
    </div>
    {people.map((p) => (
      <Text key={p.customer_id} size="xsmall" className="text-ui-fg-subtle truncate">
        {p.email ?? p.customer_id}
      </Text>
    ))}
    {total > people.length && (
      <Text size="xsmall" className="text-ui-fg-muted">
        and {formatNumber(total - people.length)} more
      </Text>
    )}
  </div>
)

/** Group sync of a segment: a dry-run diff, "Sync now", and the history of every sync (when, by whom, added, removed). */
export const SyncPanel = ({ segment }: { segment: Segment }) => {
  const dry = useDryRun(segment.id)
  const now = useSyncNow(segment.id)
  const [offset, setOffset] = useState(0)
  const syncs = useSyncs(segment.id, { limit: PAGE, offset })
  const diff = dry.data?.diff

  const run = async () => {
    try {
      const { sync } = await now.mutateAsync()
      toast.success(`Synced: ${sync.added_count} added, ${sync.removed_count} removed`)
      dry.reset()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Container className="flex flex-col divide-y p-0" data-testid="sync-panel">
      <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h2">Customer group</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {!segment.sync_enabled
              ? "This segment does not sync to a customer group; turn on sync in the rules to use promotions and price lists on it."
              : segment.customer_group_id
                ? <>
                    Mirrored into <Link className="text-ui-fg-interactive" to={`/customer-groups/${segment.customer_group_id}`}>{segment.customer_group_name}</Link>
                    {segment.auto_sync ? ", synced automatically" : ", synced on demand"} · last sync {formatDateTime(segment.synced_at)}
                  </>
                : "The group is created on the first sync"}
          </Text>
        </div>
        {segment.sync_enabled && (
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" onClick={() => dry.mutate()} isLoading={dry.isPending} data-testid="sync-dry-run">
              Dry run
            </Button>
            <Button size="small" onClick={run} isLoading={now.isPending} data-testid="sync-now">
              Sync now
            </Button>
          </div>
        )}
      </div>
      {dry.error && (
        <div className="px-6 py-3">
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(dry.error)}
          </Text>
        </div>
      )}
      {diff && (
        <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="sync-diff">
          <Text size="small">
            {diff.creates_group ? `Creates the group "${diff.customer_group_name}". ` : ""}
            {formatNumber(diff.member_count)} members after the sync; {formatNumber(diff.unchanged_count)} already in the group.
          </Text>
          <div className="flex gap-x-6">
            <People title="join the group" people={diff.add} total={diff.add_count} tone="green" />
            <People title="leave the group" people={diff.remove} total={diff.remove_count} tone="red" />
          </div>
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>When</Table.HeaderCell>
            <Table.HeaderCell>By</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Added</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Removed</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Members</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(syncs.data?.syncs ?? []).map((s) => (
            <Table.Row key={s.id} data-testid="sync-row">
              <Table.Cell>{formatDateTime(s.created_at)}</Table.Cell>
              <Table.Cell>
                {s.trigger === "job" ? "Segments job" : (s.triggered_by_email ?? s.triggered_by)}
                {s.group_created && (
                  <Badge size="2xsmall" color="blue" className="ml-2">
                    group created
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(s.added_count)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(s.removed_count)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(s.member_count)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {syncs.data?.count === 0 && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No syncs yet
          </Text>
        </div>
      )}
      <TablePager count={syncs.data?.count ?? 0} offset={offset} pageSize={PAGE} onOffset={setOffset} />
    </Container>
  )
}
