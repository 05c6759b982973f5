import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Text, Tooltip } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EmptyNote, SectionCard, WEEKDAYS, formatDate, formatDays, formatMoney, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import { useCustomerProfile } from "../hooks/personas"

const CHURN = { low: "green", medium: "orange", high: "red" } as const

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex items-start justify-between gap-x-3 py-1">
    <Text size="small" className="text-ui-fg-subtle shrink-0">
      {label}
    </Text>
    <Text size="small" className="text-right tabular-nums">
      {children}
    </Text>
  </div>
)

const show = (v: unknown) => (Array.isArray(v) ? v.join(", ") : v === null || v === undefined ? "–" : typeof v === "number" ? formatNumber(v, 2) : String(v))

/** The customer's persona, RFM, predictions, segments and traits on the customer page (side column). */
const CustomerPersonaWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isLoading, error } = useCustomerProfile(customer.id)
  const p = data?.profile
  return (
    <SectionCard
      testId="customer-persona-widget"
      title="Persona"
      actions={
        p?.churn_risk && (
          <Badge size="2xsmall" color={CHURN[p.churn_risk]}>
            {p.churn_risk} churn risk
          </Badge>
        )
      }
    >
      {isLoading && <EmptyNote>Loading…</EmptyNote>}
      {!isLoading && !p && (
        <EmptyNote>{error ? "No profile yet: it appears after the customer's first order or survey answer." : "–"}</EmptyNote>
      )}
      {p && (
        <>
          <div className="flex flex-col gap-y-1 px-6 py-4">
            <Text size="base" weight="plus" data-testid="widget-persona-name">
              {p.persona?.name ?? p.persona_name ?? "No persona"}
            </Text>
            {p.persona?.description && (
              <Text size="small" className="text-ui-fg-subtle">
                {p.persona.description}
              </Text>
            )}
            <div className="mt-1 flex flex-wrap gap-1">
              {p.rfm_segment && (
                <Tooltip content={`R ${p.r} · F ${p.f} · M ${p.m}`}>
                  <Badge size="2xsmall" color="blue">
                    {p.rfm_segment}
                  </Badge>
                </Tooltip>
              )}
              {p.tags.map((t) => (
                <Badge key={t} size="2xsmall" color="grey">
                  {t}
                </Badge>
              ))}
            </div>
          </div>
          <div className="px-6 py-3">
            <Row label="Orders">{formatNumber(p.order_count)}</Row>
            <Row label="Spent">{formatMoney(p.monetary, p.currency_code)}</Row>
            <Row label="Average order">{formatMoney(p.avg_order_value, p.currency_code)}</Row>
            <Row label="Last order">{p.last_order_at ? `${formatDate(p.last_order_at)} (${formatDays(p.recency_days)})` : "–"}</Row>
            <Row label="Customer for">{formatDays(p.tenure_days)}</Row>
            <Row label="Between orders">{formatDays(p.mean_inter_purchase_days)}</Row>
            <Row label="Buys again in 30 / 90 days">
              {formatPercent(p.p_buy_30d, 0)} / {formatPercent(p.p_buy_90d, 0)}
            </Row>
            <Row label="Expected, next 12 months">{formatMoney(p.expected_value_12m, p.currency_code)}</Row>
            <Row label="Spend level">{p.spend_level}</Row>
            <Row label="Discounted orders">
              {formatPercent(p.discounted_share, 0)}
              {p.avg_discount ? `, avg ${formatMoney(p.avg_discount, p.currency_code)}` : ""}
            </Row>
            <Row label="Usually buys">
              {p.preferred_weekday != null ? `${WEEKDAYS[p.preferred_weekday]}s around ${p.preferred_hour}:00` : "–"}
            </Row>
          </div>
          <div className="px-6 py-3">
            <Text size="small" weight="plus">
              Segments
            </Text>
            {p.segments.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                In no segment
              </Text>
            ) : (
              <div className="mt-1 flex flex-wrap gap-1">
                {p.segments.map((s) => (
                  <Link key={s.id} to={`/finesse/personas/segments/${s.id}`}>
                    <Badge size="2xsmall" color={s.customer_group_id ? "green" : "grey"}>
                      {s.name}
                    </Badge>
                  </Link>
                ))}
              </div>
            )}
          </div>
          {(Object.keys(p.traits ?? {}).length > 0 || Object.keys(p.survey_answers ?? {}).length > 0) && (
            <div className="px-6 py-3" data-testid="widget-traits">
              <Text size="small" weight="plus">
                Traits
              </Text>
              {Object.entries(p.traits ?? {}).map(([k, v]) => (
                <Row key={k} label={k}>
                  {show(v)}
                </Row>
              ))}
              {Object.entries(p.survey_answers ?? {}).map(([k, v]) => (
                <Row key={k} label={`survey ${k}`}>
                  {show(v)}
                </Row>
              ))}
            </div>
          )}
          {p.category_affinities.length > 0 && (
            <div className="px-6 py-3">
              <Text size="small" weight="plus">
                Interests
              </Text>
              {p.category_affinities.map((a) => (
                <Row key={a.category} label={p.category_names?.[a.category] ?? a.category}>
                  {formatPercent(a.weight, 0)}
                </Row>
              ))}
            </div>
          )}
        </>
      )}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.after" })

export default CustomerPersonaWidget
