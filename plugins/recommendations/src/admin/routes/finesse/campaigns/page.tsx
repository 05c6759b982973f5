import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EnvelopeSolid } from "@medusajs/icons"
import { Button, Input, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import {
  DataTable,
  EmptyNote,
  Field,
  OptionSelect,
  PageHeader,
  SectionCard,
  TitleCell,
  formatDateTime,
  formatMoneyByCurrency,
  formatNumber,
  formatPercent,
  runWithToast,
  usePagedList,
  type Column,
} from "@finesse/core/admin-kit"
import { useCampaigns, useCreateCampaign, useDeliveries, useRunCampaign, useUpdateCampaign, type Campaign, type Delivery } from "../../../hooks/campaigns"

const PAGE = 10
const TRIGGERS: Record<string, string> = {
  abandoned_cart: "Abandoned cart",
  back_in_stock: "Back in stock",
  price_drop: "Price drop on a viewed product",
  replenishment: "Predicted replenishment",
  new_arrivals: "New arrivals matching affinities",
}
const TRIGGER_OPTIONS = Object.entries(TRIGGERS).map(([value, label]) => ({ value, label }))
const CHANNELS = [
  { value: "email", label: "E-mail" },
  { value: "sms", label: "SMS" },
  { value: "feed", label: "Feed" },
]

const DELIVERY_COLUMNS: Column<Delivery>[] = [
  {
    key: "customer",
    header: "Customer",
    cell: (d) => (
      <Text size="xsmall" className="font-mono">
        {d.to ?? d.customer_id}
      </Text>
    ),
  },
  {
    key: "status",
    header: "Status",
    cell: (d) => (
      <>
        <StatusBadge color={d.status === "sent" ? "green" : d.status === "failed" ? "red" : d.status === "skipped" ? "grey" : "blue"}>{d.status}</StatusBadge>
        {d.reason && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {d.reason.replace(/_/g, " ")}
          </Text>
        )}
      </>
    ),
  },
  { key: "scheduled", header: "Send time", cell: (d) => formatDateTime(d.scheduled_for) },
  { key: "sent", header: "Sent", cell: (d) => formatDateTime(d.sent_at) },
  { key: "opened", header: "Opened", cell: (d) => formatDateTime(d.opened_at) },
  { key: "clicked", header: "Clicked", cell: (d) => formatDateTime(d.clicked_at) },
  { key: "products", header: "Products", cell: (d) => d.product_ids?.length ?? 0 },
]

/** The messages of one campaign, one per customer and occasion. */
const Deliveries = ({ campaign }: { campaign: Campaign }) => {
  const page = usePagedList(PAGE)
  const { data } = useDeliveries(campaign.id, page.query)
  return (
    <SectionCard
      testId="deliveries"
      title={`Messages of “${campaign.name}”`}
      subtitle="One per customer and occasion; skipped ones say why (consent, caps, quiet hours move the send time)"
    >
      <DataTable
        columns={DELIVERY_COLUMNS}
        rows={data?.deliveries}
        rowTestId="delivery-row"
        rowProps={(d) => ({ "data-status": d.status })}
        empty="No messages yet: a run plans one per customer whose occasion it finds."
        pager={page.pager(data?.count)}
      />
    </SectionCard>
  )
}

/** /app/finesse/campaigns — personalised push campaigns with their figures, and their messages. */
const CampaignsPage = () => {
  const page = usePagedList(PAGE)
  const { data, error } = useCampaigns(page.query)
  const create = useCreateCampaign()
  const update = useUpdateCampaign()
  const runNow = useRunCampaign()
  const [selected, setSelected] = useState<string | null>(null)
  const [form, setForm] = useState({ name: "", trigger: "abandoned_cart", channel: "email", subject: "", item_count: "4", cooldown_days: "7" })
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  const chosen = data?.campaigns.find((c) => c.id === selected)
  const rate = (n: number, c: Campaign) => (c.figures.sent ? formatPercent(n / c.figures.sent) : "–")
  const columns: Column<Campaign>[] = [
    {
      key: "campaign",
      header: "Campaign",
      cell: (c) => (
        <button className="text-left" onClick={() => setSelected(c.id)}>
          <TitleCell title={c.name} detail={`${TRIGGERS[c.trigger] ?? c.trigger} · ${c.channel} · last run ${formatDateTime(c.last_run_at)}`} />
        </button>
      ),
    },
    {
      key: "status",
      header: "Status",
      cell: (c) => <StatusBadge color={c.status === "active" ? "green" : c.status === "paused" ? "orange" : "grey"}>{c.status}</StatusBadge>,
    },
    { key: "sent", header: "Sent", align: "right", cell: (c) => formatNumber(c.figures.sent) },
    { key: "planned", header: "Planned", align: "right", cell: (c) => formatNumber(c.figures.scheduled) },
    { key: "skipped", header: "Skipped", align: "right", cell: (c) => formatNumber(c.figures.skipped) },
    { key: "open", header: "Open rate", align: "right", cell: (c) => rate(c.figures.opened, c) },
    { key: "click", header: "Click rate", align: "right", cell: (c) => rate(c.figures.clicked, c) },
    { key: "orders", header: "Orders", align: "right", cell: (c) => formatNumber(c.figures.orders) },
    { key: "revenue", header: "Revenue", align: "right", cell: (c) => formatMoneyByCurrency(c.figures.revenue) },
    {
      key: "actions",
      header: "",
      align: "right",
      cell: (c) => (
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
      ),
    },
  ]
  return (
    <div className="flex flex-col gap-y-3" data-testid="campaigns-page">
      <PageHeader
        title="Campaigns"
        subtitle="Personalised push: the right products (from recommendations), at each customer's active hours, within consent, caps and quiet hours"
      >
        <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-7">
          <Field label="Name">
            <Input size="small" value={form.name} onChange={(e) => set("name")(e.target.value)} placeholder="Cart reminder" />
          </Field>
          <Field label="Trigger" className="md:col-span-2">
            <OptionSelect value={form.trigger} onChange={set("trigger")} options={TRIGGER_OPTIONS} />
          </Field>
          <Field label="Channel">
            <OptionSelect value={form.channel} onChange={set("channel")} options={CHANNELS} />
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
        <DataTable
          columns={columns}
          error={error}
          rows={data?.campaigns}
          rowTestId="campaign-row"
          rowProps={(c) => ({ "data-campaign": c.number, className: selected === c.id ? "bg-ui-bg-highlight" : undefined })}
          empty={<EmptyNote title="No campaigns yet">Create one above; it runs every 15 minutes once active, or now with “Run”.</EmptyNote>}
          pager={page.pager(data?.count)}
        />
      </PageHeader>
      {chosen && <Deliveries campaign={chosen} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Campaigns", icon: EnvelopeSolid })

export default CampaignsPage
