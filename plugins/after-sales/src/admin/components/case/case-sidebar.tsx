import { Badge, Button, Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { EmptyNote, OptionSelect, SectionCard, formatDateTime, formatDuration, formatMoney, runWithToast } from "@finesse/core/admin-kit"
import { useState } from "react"
import { Link } from "react-router-dom"
import { PriorityBadge, SlaBadge, StatusBadge, words } from "../badges"
import { REPAIR_NEXT, useAdminUsers, useApprove, useCaseAction, useRefund, useRepairStatus, useUpdateCase, userName, type CaseDetail, type Clock } from "../../hooks/after-sales"

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex items-start justify-between gap-x-3 py-1">
    <Text size="small" className="text-ui-fg-subtle shrink-0">
      {label}
    </Text>
    <div className="text-right txt-small">{children}</div>
  </div>
)

const ClockRow = ({ label, clock }: { label: string; clock: Clock }) => {
  if (!clock) return <Row label={label}>no target</Row>
  const left = clock.remaining_ms >= 0 ? `${formatDuration(clock.remaining_ms)} left` : `${formatDuration(-clock.remaining_ms)} over`
  return (
    <Row label={label}>
      <div className="flex flex-col items-end">
        <SlaBadge state={clock.paused ? "paused" : clock.state} dueAt={clock.due_at} testId={`clock-${label.toLowerCase().replace(/\s/g, "-")}`} />
        <Text size="xsmall" className="text-ui-fg-muted">
          {["met", "missed"].includes(clock.state) ? `${formatDuration(clock.elapsed_ms)} of ${formatDuration(clock.target_ms)}` : `${left} (${clock.hours} hours)`}
        </Text>
      </div>
    </Row>
  )
}

/** Who has the case, how urgent it is, its clocks. */
export const CaseDetails = ({ c }: { c: CaseDetail }) => {
  const users = useAdminUsers().data?.users ?? []
  const update = useUpdateCase(c.id)
  return (
    <SectionCard title={c.rma_number} subtitle={`${words(c.kind)} · ${c.channel} · opened ${formatDateTime(c.created_at)}`} testId="case-details" actions={<StatusBadge status={c.status} testId="case-status" />}>
      <div className="flex flex-col px-6 py-3">
        <Row label="Priority">
          <OptionSelect
            value={c.priority}
            onChange={(priority) => runWithToast(() => update.mutateAsync({ priority }), `Priority ${priority}`)}
            options={["urgent", "high", "normal", "low"].map((p) => ({ value: p, label: <PriorityBadge priority={p} /> }))}
            className="w-[130px]"
            testId="case-priority"
          />
        </Row>
        <Row label="Assignee">
          <OptionSelect
            value={c.assignee_id ?? "none"}
            onChange={(v) => runWithToast(() => update.mutateAsync({ assignee_id: v === "none" ? null : v }), v === "none" ? "Unassigned" : "Assigned")}
            options={[{ value: "none", label: "Unassigned" }, ...users.map((u) => ({ value: u.id, label: userName(u) }))]}
            className="w-[180px]"
            testId="case-assignee"
          />
        </Row>
        <Row label="Customer">{c.customer_id ? <Link to={`/customers/${c.customer_id}`} className="text-ui-fg-interactive">open customer</Link> : "unknown"}</Row>
        <Row label="Order">{c.order_id ? <Link to={`/orders/${c.order_id}`} className="text-ui-fg-interactive">#{c.order_display_id}</Link> : "none"}</Row>
        {c.reason && <Row label="Reason">{words(c.reason)}</Row>}
        {c.topic && <Row label="Complaint topic">{c.topic}</Row>}
        {c.flags.length > 0 && (
          <Row label="Flags">
            {c.flags.map((f) => (
              <Badge key={f} size="2xsmall" color="red" className="ml-1">
                {words(f)}
              </Badge>
            ))}
          </Row>
        )}
        <ClockRow label="First response" clock={c.sla.first_response} />
        <ClockRow label="Resolution" clock={c.sla.resolution} />
        {c.survey && (
          <Row label="Survey">
            {c.survey.status}
            {c.csat ? ` · CSAT ${c.csat}/5` : ""}
          </Row>
        )}
      </div>
    </SectionCard>
  )
}

/** The lines asked about and what the policy said about each, with the approve / refuse decision. */
export const CaseDecision = ({ c }: { c: CaseDetail }) => {
  const approve = useApprove(c.id)
  const act = useCaseAction(c.id)
  const [override, setOverride] = useState(false)
  const [note, setNote] = useState("")
  if (!c.lines.length) return null
  const d = c.decision
  const currency = c.currency_code ?? "eur"
  return (
    <SectionCard
      title="Request and policy"
      subtitle={d ? `${d.outcome === "approve" ? "Approved" : d.outcome === "refuse" ? "Refused" : "Needs review"} by ${d.decided_by?.rule_code ?? "the policy default"}: ${d.message}` : undefined}
      testId="case-decision"
    >
      {c.lines.map((l) => (
        <div key={l.id} className="flex flex-col gap-y-1 px-6 py-3" data-testid="case-line" data-outcome={l.outcome ?? ""}>
          <div className="flex items-center justify-between">
            <Text size="small" weight="plus">
              {l.quantity} × {l.title ?? l.line_item_id}
            </Text>
            <Text size="small" className="tabular-nums">
              {formatMoney(l.quantity * l.unit_price, currency)}
            </Text>
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {[l.condition && `condition ${words(l.condition)}`, l.resolution && `wants ${words(l.resolution)}`, l.reason && words(l.reason)].filter(Boolean).join(" · ")}
          </Text>
          {l.outcome && (
            <Text size="xsmall">
              <Badge size="2xsmall" color={l.outcome === "refuse" ? "red" : l.outcome === "review" ? "orange" : "green"}>
                {l.outcome}
              </Badge>{" "}
              {l.decided_by && <span className="font-mono">{l.decided_by}</span>} {l.decision_message}
            </Text>
          )}
        </div>
      ))}
      {(c.allowed_actions.includes("approve") || c.allowed_actions.includes("refuse")) && (
        <div className="flex flex-col gap-y-2 px-6 py-3">
          <Textarea rows={2} placeholder="What the customer reads with the decision (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="flex items-center gap-x-2">
            <Checkbox id="override" checked={override} onCheckedChange={(v) => setOverride(v === true)} />
            <Label htmlFor="override" size="small">
              Override the policy's refusals (approver)
            </Label>
          </div>
          <div className="flex justify-end gap-2">
            {c.allowed_actions.includes("refuse") && (
              <Button size="small" variant="danger" onClick={() => runWithToast(() => act.mutateAsync({ action: "refuse", note: note || null }), "Refused")}>
                Refuse
              </Button>
            )}
            {c.allowed_actions.includes("approve") && (
              <Button
                size="small"
                data-testid="approve-case"
                isLoading={approve.isPending}
                onClick={() => runWithToast(() => approve.mutateAsync({ override_refusals: override, note: note || null }), (r: any) => (r.return_id ? "Approved: Medusa return created" : r.exchange_id ? "Approved: Medusa exchange created" : r.claim_id ? "Approved: Medusa claim created" : "Approved"))}
              >
                Approve {c.kind}
              </Button>
            )}
          </div>
        </div>
      )}
    </SectionCard>
  )
}

/** What the approval created in Medusa, with its live status, and the refund once Medusa owes it. */
export const CaseRemedies = ({ c }: { c: CaseDetail }) => {
  const refund = useRefund(c.id)
  if (!c.remedies.length) return null
  return (
    <SectionCard title="In Medusa" subtitle="The return, exchange or claim this case created (on the order page too)" testId="case-remedies">
      {c.remedies.map((r) => {
        const m = r.medusa.return ?? r.medusa.exchange ?? r.medusa.claim
        const owed = r.refund_amount - r.refunded_amount
        return (
          <div key={r.id} className="flex flex-col gap-y-1 px-6 py-3" data-testid="case-remedy" data-type={r.type} data-status={r.status}>
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {words(r.type)} {m?.display_id ? `#${m.display_id}` : ""}
              </Text>
              <Badge size="2xsmall" color={r.status === "refunded" || r.status === "completed" ? "green" : r.status === "cancelled" ? "grey" : "blue"} data-testid="remedy-status">
                {r.medusa.return?.status ? `Medusa: ${r.medusa.return.status}` : words(r.status)}
              </Badge>
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {[r.refund_amount ? `refund ${formatMoney(r.refund_amount, r.currency_code)}` : null, r.refunded_amount ? `refunded ${formatMoney(r.refunded_amount, r.currency_code)}` : null, r.store_credit_amount ? `store credit ${formatMoney(r.store_credit_amount, r.currency_code)}` : null].filter(Boolean).join(" · ") || "no money owed"}
            </Text>
            {c.order_id && (
              <Link to={`/orders/${c.order_id}`} className="text-ui-fg-interactive txt-small">
                Open the order in Medusa
              </Link>
            )}
            {owed > 0 && r.status !== "cancelled" && (
              <div className="flex justify-end">
                <Button size="small" variant="secondary" data-testid="refund-case" onClick={() => runWithToast(() => refund.mutateAsync({ remedy_id: r.id }), (x: any) => `Refunded ${formatMoney(x.refund.amount, x.refund.currency_code)} through Medusa`)}>
                  Refund {formatMoney(owed, r.currency_code)}
                </Button>
              </div>
            )}
          </div>
        )
      })}
    </SectionCard>
  )
}

/** The repair: warranty, status, the next steps (a quote when out of warranty). */
export const CaseRepair = ({ c }: { c: CaseDetail }) => {
  const move = useRepairStatus(c.id)
  const [quote, setQuote] = useState("")
  const r = c.repair
  if (!r) return null
  const next = REPAIR_NEXT[r.status] ?? []
  return (
    <SectionCard title={`Repair ${r.rma_number}`} subtitle={`${words(r.warranty_status)}${r.warranty_ends_at ? ` until ${formatDateTime(r.warranty_ends_at)}` : ""}${r.covered === false ? " · issue not covered" : ""}`} testId="case-repair" actions={<Badge size="2xsmall" data-testid="repair-status">{words(r.status)}</Badge>}>
      <div className="flex flex-col gap-y-2 px-6 py-3">
        {r.quote_amount ? <Text size="small">Quote: {formatMoney(r.quote_amount, r.currency_code)}</Text> : null}
        {next.includes("quote_sent") && <Input size="small" placeholder="Quote in minor units (e.g. 2500)" value={quote} onChange={(e) => setQuote(e.target.value)} />}
        <div className="flex flex-wrap justify-end gap-2">
          {next.map((s) => (
            <Button key={s} size="small" variant="secondary" data-testid={`repair-${s}`} onClick={() => runWithToast(() => move.mutateAsync({ status: s, quote_amount: s === "quote_sent" ? Number(quote) : null }), `Repair ${words(s)}`)}>
              {words(s)}
            </Button>
          ))}
          {!next.length && <Text size="small" className="text-ui-fg-muted">final</Text>}
        </div>
      </div>
    </SectionCard>
  )
}

const ACTION_LABEL: Record<string, string> = { resolve: "Resolve", reopen: "Reopen", close: "Close", cancel: "Cancel case" }

/** Status changes that need no message. */
export const CaseActions = ({ c }: { c: CaseDetail }) => {
  const act = useCaseAction(c.id)
  const actions = ["resolve", "reopen", "close", "cancel"].filter((a) => c.allowed_actions.includes(a))
  if (!actions.length) return null
  return (
    <div className="flex flex-wrap justify-end gap-2" data-testid="case-actions">
      {actions.map((a) => (
        <Button key={a} size="small" variant={a === "cancel" ? "danger" : "secondary"} data-testid={`action-${a}`} onClick={() => runWithToast(() => act.mutateAsync({ action: a }), `${ACTION_LABEL[a]}: done`)}>
          {ACTION_LABEL[a]}
        </Button>
      ))}
    </div>
  )
}

/** Everything that happened, by whom. */
export const CaseTimeline = ({ c }: { c: CaseDetail }) => {
  const users = new Map((useAdminUsers().data?.users ?? []).map((u) => [u.id, userName(u)]))
  return (
    <SectionCard title="Timeline" testId="case-timeline">
      {c.events.length === 0 && <EmptyNote>Nothing yet.</EmptyNote>}
      <div className="flex flex-col px-6 py-3">
        {c.events.map((e) => (
          <div key={e.id} className="flex items-start justify-between gap-x-3 py-1" data-testid="timeline-event">
            <Text size="small">
              {e.action === "open" ? `opened (${words(e.to_status)})` : words(e.action)}
              {e.action !== "open" && e.from_status !== e.to_status && e.to_status ? ` → ${words(e.to_status)}` : ""}
              <span className="text-ui-fg-muted"> · {e.actor_type === "agent" ? users.get(e.actor_id ?? "") ?? "agent" : e.actor_type}</span>
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted shrink-0">
              {formatDateTime(e.created_at)}
            </Text>
          </div>
        ))}
      </div>
    </SectionCard>
  )
}
