import { CheckCircleSolid } from "@medusajs/icons"
import { Badge, Text } from "@medusajs/ui"
import { DataTable, SectionCard, TitleCell, formatNumber, type Column } from "../../../admin-kit"
import type { RejectedEvents } from "../../hooks/kpis"

/** One line per cleaning reason (lib/events/clean-events.ts): what happened to the event and why. */
const REASONS: Record<string, { label: string; explain: string }> = {
  duplicate: {
    label: "Duplicate",
    explain: "The same event id arrived twice (a retried request); it is stored once.",
  },
  unknown_product: {
    label: "Unknown product",
    explain: "The event names a product id this store does not have (a stale page or a typo in the storefront).",
  },
  stale_timestamp: {
    label: "Stale timestamp",
    explain: "The event arrived long after it happened (7 days by default): an offline queue or a replay.",
  },
  future_timestamp: {
    label: "Future timestamp",
    explain: "The device clock was more than a day ahead; the time cannot be trusted.",
  },
  bot_user_agent: {
    label: "Bot user agent",
    explain: "Sent by a known crawler or headless browser; bots would inflate sessions.",
  },
  clock_skew: {
    label: "Clock skew",
    explain: "The device clock ran a few minutes fast; the event is kept at the server's time.",
  },
  bot_burst: {
    label: "Bot-like burst",
    explain: "Events from one visitor faster than a person clicks (over 20 a second by default); stored, left out of the KPIs.",
  },
}

const ACTION = {
  dropped: { color: "red" as const, label: "Dropped", explain: "not stored" },
  flagged: { color: "orange" as const, label: "Flagged", explain: "stored with a flag" },
}

const reasonOf = (r: RejectedEvents) => REASONS[r.reason] ?? { label: r.reason, explain: "" }
const actionOf = (r: RejectedEvents) => ACTION[r.action] ?? { color: "grey" as const, label: r.action, explain: "" }

const COLUMNS: Column<RejectedEvents>[] = [
  {
    key: "reason",
    header: "Reason",
    className: "py-2.5",
    cell: (r) => <TitleCell title={reasonOf(r).label} detail={reasonOf(r).explain} />,
  },
  {
    key: "action",
    header: "Action",
    cell: (r) => (
      <Badge size="2xsmall" color={actionOf(r).color} title={actionOf(r).explain}>
        {actionOf(r).label}
      </Badge>
    ),
  },
  { key: "count", header: "Events", align: "right", className: "text-ui-fg-base", cell: (r) => formatNumber(r.count) },
]

/** What the cleaning step dropped or flagged in the range, one row per reason and action. */
export const DataQuality = ({ rejected }: { rejected: RejectedEvents[] }) => {
  const total = rejected.reduce((a, r) => a + r.count, 0)
  return (
    <SectionCard
      testId="data-quality"
      title="Data quality"
      subtitle="Storefront events that the cleaning step dropped or flagged in this range"
      actions={
        total > 0 && (
          <Text size="small" weight="plus" className="tabular-nums" data-testid="data-quality-total">
            {formatNumber(total)} events
          </Text>
        )
      }
    >
      <DataTable
        columns={COLUMNS}
        rows={rejected}
        rowKey={(r) => `${r.reason}-${r.action}`}
        rowTestId="data-quality-row"
        rowProps={(r) => ({ className: "h-auto", "data-reason": r.reason })}
        empty={
          <div className="flex items-center gap-x-2 px-6 py-5">
            <CheckCircleSolid className="text-ui-tag-green-icon shrink-0" />
            <Text size="small" className="text-ui-fg-subtle">
              No events were dropped or flagged in this range. Duplicates, bot traffic and impossible timestamps would show
              up here.
            </Text>
          </div>
        }
      />
    </SectionCard>
  )
}
