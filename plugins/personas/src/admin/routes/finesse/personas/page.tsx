import { defineRouteConfig } from "@medusajs/admin-sdk"
import { UserGroup } from "@medusajs/icons"
import { useState } from "react"
import { ChartSkeleton, EmptyState, ErrorState, formatDateTime } from "@finesse/core/admin-kit"
import { PersonaCards } from "../../../components/personas/persona-cards"
import { PersonaSizeChart, PersonaValueChart } from "../../../components/personas/persona-charts"
import { ProfilesTable } from "../../../components/personas/profiles-table"
import { RecomputeButton } from "../../../components/personas/recompute-button"
import { RfmHeatmap, RfmSegmentList } from "../../../components/personas/rfm-heatmap"
import { SummaryTiles } from "../../../components/personas/summary-tiles"
import { PersonasHeader } from "../../../components/personas-header"
import { useOverview } from "../../../hooks/personas"

/** Personas: who the customers are (persona cards, sizes and value, the RFM grid) and a recompute with progress. */
const PersonasPage = () => {
  const { data, isLoading, isError, error, refetch } = useOverview()
  const [persona, setPersona] = useState<string | undefined>()
  const o = data?.overview

  return (
    <div className="flex flex-col gap-y-3" data-testid="personas-page">
      <PersonasHeader
        title="Personas"
        subtitle={
          o?.model
            ? `${o.cards.length} personas from ${o.model.customers.toLocaleString()} customers and ${o.model.orders.toLocaleString()} orders · recomputed ${formatDateTime(o.model.as_of)}, updated after every order`
            : "Customer profiles, RFM, buy-again predictions and persona clusters from your orders"
        }
        actions={<RecomputeButton latest={o?.latest_job ?? null} />}
      />

      {isError && <ErrorState title="Could not load the personas" error={error} onRetry={() => refetch()} />}

      {isLoading && (
        <>
          <ChartSkeleton height={80} />
          <ChartSkeleton />
        </>
      )}

      {o && !o.model && (
        <EmptyState testId="personas-empty" icon={<UserGroup />} title="No personas yet">
          Personas are computed nightly from the order facts, and right after the first orders arrive. Run a recompute now
          to build the profiles and persona cards.
        </EmptyState>
      )}

      {o?.model && (
        <>
          <SummaryTiles overview={o} />
          <PersonaCards cards={o.cards} currency={o.currency_code} selected={persona} onSelect={setPersona} />
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
            <PersonaSizeChart cards={o.cards} />
            <PersonaValueChart cards={o.cards} currency={o.currency_code} />
          </div>
          <div className="grid grid-cols-1 gap-3 xl:grid-cols-[3fr_2fr]">
            <RfmHeatmap overview={o} />
            <RfmSegmentList overview={o} />
          </div>
          <ProfilesTable
            cards={o.cards}
            currency={o.currency_code}
            personaId={persona}
            onPersona={setPersona}
            segments={o.rfm_segments.map((s) => s.segment)}
          />
        </>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Personas", icon: UserGroup })

export default PersonasPage
