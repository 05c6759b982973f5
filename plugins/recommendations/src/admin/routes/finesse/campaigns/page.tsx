import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Field, OptionSelect } from "../../../components/form-fields"
import { useCampaigns, useCreateCampaign, useDeliveries, useRunCampaign, useUpdateCampaign, type Campaign } from "../../../hooks/campaigns"
import { formatDateTime, formatNumber, formatPercent, formatMoneyByCurrency, runWithToast, errorMessage, TablePager } from "@finesse/core/admin-kit"

const PAGE = 10
const TRIGGERS: Record<string, string> = {
  abandoned_cart: "Abandoned cart",
  back_in_stock: "Back in stock",
  price_drop: "Price drop on a viewed product",
  replenishment: "Predicted replenishment",
  new_arrivals: "New arrivals matching affinities",
}

const Deliveries = ({ campaign }: { campaign: Campaign }) => {
  const [page, setPage] = useState(0)
  const { data } = useDeliveries(campaign.id, { limit: PAGE, offset: page * PAGE })
  return (
    <Container className="divide-y p-0" data-testid="deliveries">
      <div className="px-6 py-4">
        <Heading level="h2">Messages of “{campaign.name}”</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          One per customer and occasion; skipped ones say why (consent, caps, quiet hours move the send time)
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Send time</Table.HeaderCell>
            <Table.HeaderCell>Sent</Table.HeaderCell>
            <Table.HeaderCell>Opened</Table.HeaderCell>
            <Table.HeaderCell>Clicked</Table.HeaderCell>
            <Table.HeaderCell>Products</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data?.deliveries.map((d) => (
            <Table.Row key={d.id} data-testid="delivery-row" data-status={d.status}>
              <Table.Cell>
                <Text size="xsmall" className="font-mono">
                  {d.to ?? d.customer_id}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <StatusBadge color={d.status === "sent" ? "green" : d.status === "failed" ? "red" : d.status === "skipped" ? "grey" : "blue"}>{d.status}</StatusBadge>
                {d.reason && (
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {d.reason.replace(/_/g, " ")}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell>{formatDateTime(d.scheduled_for)}</Table.Cell>
              <Table.Cell>{formatDateTime(d.sent_at)}</Table.Cell>
              <Table.Cell>{formatDateTime(d.opened_at)}</Table.Cell>
              <Table.Cell>{formatDateTime(d.clicked_at)}</Table.Cell>
              <Table.Cell>{d.product_ids?.length ?? 0}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <TablePager count={data?.count ?? 0} offset={page * PAGE} pageSize={PAGE} onOffset={(o) => setPage(Math.floor(o / PAGE))} />
    </Container>
  )
}

/** /app/finesse/campaigns — personalised push campaigns with their figures, and their messages. */
const CampaignsPage = () => {
  const [page, setPage] = useState(0)
  const { data, isError, error } = useCampaigns({ limit: PAGE, offset: page * PAGE })
  const create = useCreateCampaign()
  const update = useUpdateCampaign()
  const runNow = useRunCampaign()
  const [selected, setSelected] = useState<string | null>(null)
  const [form, setForm] = useState({ name: "", trigger: "abandoned_cart", channel: "email", subject: "", item_count: "4", cooldown_days: "7" })
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  const chosen = data?.campaigns.find((c) => c.id === selected)
  return (
    <div className="flex flex-col gap-y-3" data-testid="campaigns-page">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Campaigns</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Personalised push: the right products (from recommendations), at each customer's active hours, within consent, caps and quiet hours
          </Text>
        </div>
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-7">
          <Field label="Name">
            <Input size="small" value={form.name} onChange={(e) => set("name")(e.target.value)} placeholder="Cart reminder" />
          </Field>
          <div className="flex flex-col gap-y-1 md:col-span-2">
            <Label size="xsmall">Trigger</Label>
            <OptionSelect value={form.trigger} onValueChange={set("trigger")} options={Object.entries(TRIGGERS).map(([value, label]) => ({ value, label }))} />
          </div>
          <Field label="Channel">
            <Select size="small" value={form.channel} onValueChange={set("channel")}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="email">E-mail</Select.Item>
                <Select.Item value="sms">SMS</Select.Item>
                <Select.Item value="feed">Feed</Select.Item>
              </Select.Content>
            </Select>
          </Field>
          <Field label="Subject">
            <Input size="small" value={form.subject} onChange={(e) => set("subject")(e.target.value)} placeholder="You left something behind" />
          </Field>
          <Field label="Cooldown (days)">
            <Input size="small" type="number" min={0} value={form.cooldown_days} onChange={(e) => set("cooldown_days")(e.target.value)} />
          </Field>
          <div className="flex items-end">
            <Button
              size="small"
              isLoading={create.isPending}
              onClick={() =>
                runWithToast(
                  () =>
                    create.mutateAsync({
                      name: form.name || TRIGGERS[form.trigger],
                      trigger: form.trigger,
                      channel: form.channel,
                      subject: form.subject || null,
                      item_count: Number(form.item_count),
                      cooldown_days: Number(form.cooldown_days),
                    }),
                  "Campaign created (draft)"
                )
              }
            >
              Create
            </Button>
          </div>
        </div>
        {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Campaign</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Sent</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Planned</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Skipped</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Open rate</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Click rate</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Revenue</Table.HeaderCell>
              <Table.HeaderCell className="text-right" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.campaigns.length === 0 && (
              <Table.Row>
                <td colSpan={10} className="px-6">
                  <Text size="small" className="text-ui-fg-subtle py-2">
                    No campaigns yet. Create one above; it runs every 15 minutes once active, or now with “Run”.
                  </Text>
                </td>
              </Table.Row>
            )}
            {data?.campaigns.map((c) => (
              <Table.Row key={c.id} data-testid="campaign-row" data-campaign={c.number} className={selected === c.id ? "bg-ui-bg-highlight" : ""}>
                <Table.Cell>
                  <button className="flex flex-col text-left" onClick={() => setSelected(c.id)}>
                    <Text size="small" weight="plus">
                      {c.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {TRIGGERS[c.trigger] ?? c.trigger} · {c.channel} · last run {formatDateTime(c.last_run_at)}
                    </Text>
                  </button>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={c.status === "active" ? "green" : c.status === "paused" ? "orange" : "grey"}>{c.status}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(c.figures.sent)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(c.figures.scheduled)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(c.figures.skipped)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{c.figures.sent ? formatPercent(c.figures.opened / c.figures.sent) : "–"}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{c.figures.sent ? formatPercent(c.figures.clicked / c.figures.sent) : "–"}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatNumber(c.figures.orders)}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{formatMoneyByCurrency(c.figures.revenue)}</Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex justify-end gap-x-1">
                    <Button size="small" variant="secondary" onClick={() => runWithToast(() => runNow.mutateAsync({ id: c.id, send: true }), "Campaign run queued")}>
                      Run
                    </Button>
                    <Button
                      size="small"
                      variant="transparent"
                      onClick={() => runWithToast(() => update.mutateAsync({ id: c.id, status: c.status === "active" ? "paused" : "active" }), c.status === "active" ? "Paused" : "Active")}
                    >
                      {c.status === "active" ? "Pause" : "Activate"}
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <TablePager count={data?.count ?? 0} offset={page * PAGE} pageSize={PAGE} onOffset={(o) => setPage(Math.floor(o / PAGE))} />
      </Container>
      {chosen && <Deliveries campaign={chosen} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Campaigns", icon: EnvelopeSolid })

export default CampaignsPage
