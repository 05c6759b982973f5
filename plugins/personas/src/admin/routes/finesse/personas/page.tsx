import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle, UserGroup } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { PersonaCards } from "../../../components/personas/persona-cards"
import { PersonaSizeChart, PersonaValueChart } from "../../../components/personas/persona-charts"
import { ProfilesTable } from "../../../components/personas/profiles-table"
import { RecomputeButton } from "../../../components/personas/recompute-button"
import { RfmHeatmap, RfmSegmentList } from "../../../components/personas/rfm-heatmap"
import { SummaryTiles } from "../../../components/personas/summary-tiles"
import { PersonasNav } from "../../../components/personas-nav"
import { useOverview } from "../../../hooks/personas"
import { formatDateTime, errorMessage, ChartSkeleton } from "@finesse/core/admin-kit"

/** Personas: who the customers are (persona cards, sizes and value, the RFM grid) and a recompute with progress. */
const PersonasPage = () => {
  const { data, isLoading, isError, error, refetch } = useOverview()
  const [persona, setPersona] = useState<string | undefined>()
  const o = data?.overview

  return (
    <div className="flex flex-col gap-y-3" data-testid="personas-page">
      <Container className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex flex-col gap-y-2">
          <div>
            <Heading level="h1">Personas</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {o?.model
                ? `${o.cards.length} personas from ${o.model.customers.toLocaleString()} customers and ${o.model.orders.toLocaleString()} orders · recomputed ${formatDateTime(o.model.as_of)}, updated after every order`
                : "Customer profiles, RFM, buy-again predictions and persona clusters from your orders"}
            </Text>
          </div>
          <PersonasNav />
        </div>
        <RecomputeButton latest={o?.latest_job ?? null} />
      </Container>

      {isError && (
        <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div className="flex items-start gap-x-3">
            <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
            <Text size="small">{errorMessage(error)}</Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            Try again
          </Button>
        </Container>
      )}

      {isLoading && (
        <>
          <ChartSkeleton height={80} />
          <ChartSkeleton />
        </>
      )}

      {o && !o.model && (
        <Container className="flex flex-col items-center gap-y-2 px-6 py-12 text-center" data-testid="personas-empty">
          <Heading level="h2">No personas yet</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-[520px]">
            Personas are computed nightly from the order facts, and right after the first orders arrive. Run a recompute now
            to build the profiles and persona cards.
          </Text>
        </Container>
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
