import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { ErrorNote, SectionCard, formatDate, formatDateTime, formatMoney, runWithToast } from "@finesse/core/admin-kit"
import { useOrderRouting, useOverride, useReroute, type OrderRouting } from "../hooks/logistics"

/** Where each line's units ship from, per location (a line may be split); the API checks the stock. */
const Override = ({ r, onDone }: { r: OrderRouting; onDone: () => void }) => {
  const override = useOverride(r.order_id)
  const locations = r.locations.filter((l) => l.active)
  const initial: Record<string, Record<string, number>> = {}
  for (const l of r.lines) initial[l.line_item_id] = {}
  for (const s of r.decision?.shipments ?? []) for (const x of s.lines) {
    const line = x.line_id.split("|")[0]
    if (initial[line]) initial[line][s.location_id] = (initial[line][s.location_id] ?? 0) + x.quantity
  }
  const [qty, setQty] = useState(initial)
  const [note, setNote] = useState("")
  const total = (line: string) => Object.values(qty[line] ?? {}).reduce((a, b) => a + (b || 0), 0)
  const ok = r.lines.every((l) => total(l.line_item_id) === l.quantity)
  const submit = () =>
    runWithToast(async () => {
      const shipments = locations
        .map((loc) => ({ location_id: loc.id, lines: r.lines.filter((l) => (qty[l.line_item_id]?.[loc.id] ?? 0) > 0).map((l) => ({ line_item_id: l.line_item_id, quantity: qty[l.line_item_id][loc.id] })) }))
        .filter((s) => s.lines.length)
      await override.mutateAsync({ shipments, note: note || undefined })
      onDone()
    }, "Routing overridden; reservations moved")
  return (
    <div className="flex flex-col gap-y-2 px-6 py-3" data-testid="routing-override">
      <Text size="xsmall" className="text-ui-fg-subtle">
        Units per location (stock available to this order in brackets)
      </Text>
      <div className="overflow-x-auto">
        <table className="txt-small w-full">
          <thead>
            <tr>
              <th className="text-left font-normal text-ui-fg-subtle">Line</th>
              {locations.map((loc) => (
                <th key={loc.id} className="px-1 text-left font-normal text-ui-fg-subtle">
                  {loc.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.lines.map((l) => (
              <tr key={l.line_item_id} data-testid="override-line">
                <td className="pr-2">
                  {l.quantity} × {l.title}
                  {total(l.line_item_id) !== l.quantity && <span className="text-ui-fg-error"> ({total(l.line_item_id)} given)</span>}
                </td>
                {locations.map((loc) => (
                  <td key={loc.id} className="px-1 py-0.5">
                    <div className="flex items-center gap-x-1">
                      <Input
                        size="small"
                        type="number"
                        min={0}
                        max={l.quantity}
                        className="w-[64px]"
                        value={qty[l.line_item_id]?.[loc.id] ?? 0}
                        onChange={(e) => setQty({ ...qty, [l.line_item_id]: { ...qty[l.line_item_id], [loc.id]: Math.max(0, Number(e.target.value) || 0) } })}
                        data-testid="override-qty"
                        data-location={loc.id}
                      />
                      <span className="text-ui-fg-muted">({l.stock[loc.id] ?? 0})</span>
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Input size="small" placeholder="Why (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="flex justify-end">
        <Button size="small" onClick={submit} disabled={!ok} isLoading={override.isPending} data-testid="override-save">
          Ship from these locations
        </Button>
      </div>
    </div>
  )
}

/** The order page's "Fulfilment routing": where it ships from, why, by which mode and when it is promised. */
const OrderRoutingWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, error, refetch } = useOrderRouting(order.id)
  const reroute = useReroute(order.id)
  const [editing, setEditing] = useState(false)
  const r = data?.routing
  const d = r?.decision
  return (
    <SectionCard
      testId="order-routing-widget"
      title="Fulfilment routing"
      subtitle={d ? `Version ${d.version} · ${d.source === "placement" ? "at placement" : d.source} · ${formatDateTime(d.created_at)}` : r ? "Not routed yet" : "Loading…"}
      actions={
        r?.lines.length ? (
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setEditing(!editing)}>
              {editing ? "Cancel" : "Override"}
            </Button>
            <Button size="small" variant="secondary" isLoading={reroute.isPending} onClick={() => runWithToast(() => reroute.mutateAsync(undefined), "Routed again with today's rules and stock")}>
              Re-route
            </Button>
          </div>
        ) : undefined
      }
    >
      {error && <ErrorNote error={error} />}
      {d && (
        <div className="flex flex-col gap-y-1 px-6 py-3">
          <div className="flex flex-wrap gap-1">
            {d.split && <Badge size="2xsmall" color="orange">split</Badge>}
            {d.status === "override" && <Badge size="2xsmall" color="blue">set by hand</Badge>}
            {d.status === "partial" && <Badge size="2xsmall" color="red">partly unallocated</Badge>}
          </div>
          <Text size="small" data-testid="routing-summary">
            {d.summary}
          </Text>
          {d.warnings.map((w) => (
            <Text key={w} size="xsmall" className="text-ui-fg-error">
              {w}
            </Text>
          ))}
        </div>
      )}
      {r && r.shipments.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-3">
          {r.shipments.map((s) => (
            <div key={s.id} className="flex flex-col" data-testid="routing-shipment">
              <div className="flex items-center justify-between">
                <Text size="small" weight="plus">
                  {s.location_name}
                </Text>
                <Text size="xsmall">{s.units} unit{s.units === 1 ? "" : "s"}</Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {s.mode === "own_fleet" ? `Own fleet, delivery ${s.delivery_day}` : s.mode === "carrier" ? `${s.carrier_code} ${s.service}` : "No delivery mode"}
                {s.cost !== null ? ` · ${formatMoney(s.cost, s.currency_code)}` : ""}
                {s.promised_at ? ` · promised ${formatDate(s.promised_at)}` : ""}
                {s.delivered_at ? ` · delivered ${formatDate(s.delivered_at)}` : ""}
              </Text>
              {s.mode_reason && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {s.mode_reason}
                </Text>
              )}
            </div>
          ))}
        </div>
      )}
      {d && d.reasons.length > 0 && (
        <div className="flex flex-col gap-y-1 px-6 py-3" data-testid="routing-reasons">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Rules, in order
          </Text>
          {d.reasons.map((x) => (
            <div key={x.code} className="flex flex-col" data-testid="routing-reason" data-code={x.code}>
              <Text size="xsmall" weight="plus">
                {x.title}
                {x.kept !== undefined && x.of !== undefined && x.of > 1 ? ` — kept ${x.kept} of ${x.of} options` : ""}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {x.message}
              </Text>
            </div>
          ))}
        </div>
      )}
      {editing && r && <Override r={r} onDone={() => (setEditing(false), refetch())} />}
      {r && r.history.length > 1 && (
        <div className="px-6 py-3">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Earlier
          </Text>
          {r.history
            .filter((h) => !h.current)
            .map((h) => (
              <Text key={h.id} size="xsmall" className="text-ui-fg-muted">
                v{h.version} ({h.source}, {formatDateTime(h.created_at)}): {h.summary}
              </Text>
            ))}
        </div>
      )}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderRoutingWidget
