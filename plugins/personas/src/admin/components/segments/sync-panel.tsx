import { Badge, Button, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataTable, ErrorNote, SectionCard, formatDateTime, formatNumber, runWithToast, usePagedList, type Column } from "@finesse/core/admin-kit"
import { useDryRun, useSyncNow, useSyncs, type Segment, type SegmentSync, type SyncDiff } from "../../hooks/segments"

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

const SYNC_COLUMNS: Column<SegmentSync>[] = [
  { key: "when", header: "When", cell: (s) => formatDateTime(s.created_at) },
  {
    key: "by",
    header: "By",
    cell: (s) => (
      <>
        {s.trigger === "job" ? "Segments job" : (s.triggered_by_email ?? s.triggered_by)}
        {s.group_created && (
          <Badge size="2xsmall" color="blue" className="ml-2">
            group created
          </Badge>
        )}
      </>
    ),
  },
  { key: "added", header: "Added", align: "right", cell: (s) => formatNumber(s.added_count) },
  { key: "removed", header: "Removed", align: "right", cell: (s) => formatNumber(s.removed_count) },
  { key: "members", header: "Members", align: "right", cell: (s) => formatNumber(s.member_count) },
]

/** Group sync of a segment: a dry-run diff, "Sync now", and the history of every sync (when, by whom, added, removed). */
export const SyncPanel = ({ segment }: { segment: Segment }) => {
  const dry = useDryRun(segment.id)
  const now = useSyncNow(segment.id)
  const page = usePagedList(PAGE)
  const syncs = useSyncs(segment.id, page.query)
  const diff = dry.data?.diff

  const run = async () => {
    if (await runWithToast(() => now.mutateAsync(), ({ sync }) => `Synced: ${sync.added_count} added, ${sync.removed_count} removed`)) dry.reset()
  }

  return (
    <SectionCard
      testId="sync-panel"
      title="Customer group"
      subtitle={
        !segment.sync_enabled ? (
          "This segment does not sync to a customer group; turn on sync in the rules to use promotions and price lists on it."
        ) : segment.customer_group_id ? (
          <>
            Mirrored into{" "}
            <Link className="text-ui-fg-interactive" to={`/customer-groups/${segment.customer_group_id}`}>
              {segment.customer_group_name}
            </Link>
            {segment.auto_sync ? ", synced automatically" : ", synced on demand"} · last sync {formatDateTime(segment.synced_at)}
          </>
        ) : (
          "The group is created on the first sync"
        )
      }
      actions={
        segment.sync_enabled && (
          <>
            <Button size="small" variant="secondary" onClick={() => dry.mutate()} isLoading={dry.isPending} data-testid="sync-dry-run">
              Dry run
            </Button>
            <Button size="small" onClick={run} isLoading={now.isPending} data-testid="sync-now">
              Sync now
            </Button>
          </>
        )
      }
    >
      {dry.error && <ErrorNote error={dry.error} />}
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
      <DataTable
        columns={SYNC_COLUMNS}
        rows={syncs.data?.syncs}
        rowTestId="sync-row"
        empty="No syncs yet"
        pager={page.pager(syncs.data?.count)}
      />
    </SectionCard>
  )
}
