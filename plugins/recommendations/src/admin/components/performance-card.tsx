import { Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { usePerformance, useRefreshFeedback } from "../hooks/recommendations"
import { formatNumber, formatPercent, formatMoneyByCurrency, runWithToast, errorMessage } from "@finesse/core/admin-kit"

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

/** What works: impressions, clicks, CTR, attributed add-to-carts, orders and revenue by placement, strategy or model. */
export const PerformanceCard = () => {
  const [from, setFrom] = useState(day(-29))
  const [to, setTo] = useState(day(0))
  const [groupBy, setGroupBy] = useState("placement")
  const { data, isError, error } = usePerformance({ from, to, group_by: groupBy })
  const refresh = useRefreshFeedback()
  const p = data?.performance
  const maxDay = Math.max(1, ...(p?.series ?? []).map((d) => d.impressions))
  return (
    <Container className="divide-y p-0" data-testid="performance">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading level="h2">Performance</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Conversions are credited to the last recommendation click within {p?.attribution_window_hours ?? "…"} h
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Input size="small" type="date" value={from} onChange={(e) => setFrom(e.target.value)} className="w-[150px]" />
          <Input size="small" type="date" value={to} onChange={(e) => setTo(e.target.value)} className="w-[150px]" />
          <Select size="small" value={groupBy} onValueChange={setGroupBy}>
            <Select.Trigger className="w-[160px]">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="placement">By placement</Select.Item>
              <Select.Item value="strategy">By strategy</Select.Item>
              <Select.Item value="model_version">By model version</Select.Item>
            </Select.Content>
          </Select>
          <Button
            size="small"
            variant="secondary"
            isLoading={refresh.isPending}
            onClick={() => runWithToast(() => refresh.mutateAsync(undefined as never), "Reading new impressions, clicks and orders")}
          >
            Refresh figures
          </Button>
        </div>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {p && p.series.length > 0 && (
        <div className="flex h-20 items-end gap-px px-6 py-3" aria-label="impressions per day">
          {p.series.map((d) => (
            <div key={d.day} title={`${d.day}: ${d.impressions} impressions, ${d.clicks} clicks, ${d.orders} orders`} className="bg-ui-tag-blue-icon flex-1 rounded-t opacity-70" style={{ height: `${Math.max(2, (56 * d.impressions) / maxDay)}px` }} />
          ))}
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{groupBy === "model_version" ? "Model version" : groupBy === "strategy" ? "Strategy" : "Placement"}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Impressions</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Clicks</Table.HeaderCell>
            <Table.HeaderCell className="text-right">CTR</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Add to cart</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Conversion</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {p?.rows.length === 0 && (
            <Table.Row>
              <td colSpan={8} className="px-6">
                <Text size="small" className="text-ui-fg-subtle py-2">
                  No recommendation impressions yet. The storefront sends recommendation_shown and recommendation_clicked events with the recommendation id.
                </Text>
              </td>
            </Table.Row>
          )}
          {p?.rows.map((r) => (
            <Table.Row key={r.key} data-testid="performance-row" data-key={r.key}>
              <Table.Cell>{groupBy === "model_version" ? `v${r.key}` : r.key}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(r.impressions)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(r.clicks)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatPercent(r.ctr)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(r.add_to_carts)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatNumber(r.orders)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatPercent(r.conversion_rate)}</Table.Cell>
              <Table.Cell className="text-right tabular-nums">{formatMoneyByCurrency(r.revenue)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}
