import { CheckCircleSolid } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import type { RejectedEvents } from "../../hooks/kpis"
import { formatNumber } from "../../../admin-kit"

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

export const DataQuality = ({ rejected }: { rejected: RejectedEvents[] }) => {
  const total = rejected.reduce((a, r) => a + r.count, 0)
  return (
    <Container className="flex min-w-0 flex-col p-0" data-testid="data-quality">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Data quality</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Storefront events that the cleaning step dropped or flagged in this range
          </Text>
        </div>
        {total > 0 && (
          <Text size="small" weight="plus" className="tabular-nums" data-testid="data-quality-total">
            {formatNumber(total)} events
          </Text>
        )}
      </div>
      {rejected.length === 0 ? (
        <div className="border-ui-border-base flex items-center gap-x-2 border-t px-6 py-5">
          <CheckCircleSolid className="text-ui-tag-green-icon shrink-0" />
          <Text size="small" className="text-ui-fg-subtle">
            No events were dropped or flagged in this range. Duplicates, bot traffic and impossible timestamps would show
            up here.
          </Text>
        </div>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell>Action</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Events</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rejected.map((r) => {
              const reason = REASONS[r.reason] ?? { label: r.reason, explain: "" }
              const action = ACTION[r.action] ?? { color: "grey" as const, label: r.action, explain: "" }
              return (
                <Table.Row key={`${r.reason}-${r.action}`} className="h-auto" data-testid="data-quality-row" data-reason={r.reason}>
                  <Table.Cell className="py-2.5">
                    <div className="flex flex-col">
                      <Text size="small" weight="plus" className="text-ui-fg-base">
                        {reason.label}
                      </Text>
                      {reason.explain && (
                        <Text size="xsmall" className="text-ui-fg-subtle whitespace-normal">
                          {reason.explain}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={action.color} title={action.explain}>
                      {action.label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="text-ui-fg-base text-right tabular-nums">{formatNumber(r.count)}</Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
