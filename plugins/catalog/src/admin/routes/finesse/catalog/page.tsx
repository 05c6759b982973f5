import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { EmptyState, StartJobButton, formatDateTime } from "@finesse/core/admin-kit"
import { CatalogHeader } from "../../../components/catalog-header"
import { CategoryHealthCard, CategorySuggestions } from "../../../components/category-health"
import { CatalogTiles, ScoreDistribution } from "../../../components/quality-overview"
import { QualityTodo } from "../../../components/quality-todo"
import { GapsCard } from "../../../components/search-gaps"
import { startCatalogJob, useCategories, useGaps, useQualitySummary, useStatus } from "../../../hooks/catalog"

/** Catalog: what to fix in the catalogue (quality to-do), category health and suggestions, and search gaps. */
const CatalogPage = () => {
  const status = useStatus().data?.status
  const quality = useQualitySummary().data?.quality
  const categories = useCategories().data?.categories
  const gaps = useGaps().data?.gaps
  const refresh = [["catalog"]]
  const none = quality && !quality.products && categories === null
  return (
    <div className="flex flex-col gap-y-3" data-testid="catalog-page">
      <CatalogHeader
        title="Catalog"
        subtitle={
          quality?.computed_at
            ? `Quality scored ${formatDateTime(quality.computed_at)}${categories ? ` · categories analysed ${formatDateTime(categories.computed_at)}` : ""} · rescored after product changes and nightly`
            : "Catalogue quality per product, category structure and navigation, and what shoppers search for and do not find"
        }
        actions={
          <>
            <StartJobButton label="Score now" runningLabel="Scoring…" start={() => startCatalogJob("quality/run")} latest={status?.jobs.quality} refresh={refresh} done={(j) => `${j.result?.products ?? 0} products scored, average ${j.result?.average_score ?? "–"}`} testId="run-quality" />
            <StartJobButton label="Analyse categories" runningLabel="Analysing…" start={() => startCatalogJob("categories/run", { days: 90 })} latest={status?.jobs.categories} refresh={refresh} done={(j) => `${j.result?.suggestions ?? 0} suggestions, ${j.result?.search_gaps ?? 0} search gaps`} testId="run-categories" />
          </>
        }
      />
      {none && (
        <EmptyState testId="catalog-empty" title="Nothing scored yet">
          The catalogue is scored nightly and after product changes, and categories are analysed nightly from the last 90 days of
          behaviour events. Start both now with the buttons above.
        </EmptyState>
      )}
      <CatalogTiles quality={quality} categories={categories} gaps={gaps} />
      <QualityTodo quality={quality} />
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-[3fr_2fr]">
        <CategoryHealthCard analysis={categories} />
        <div className="flex flex-col gap-y-3">
          <CategorySuggestions analysis={categories} />
          <ScoreDistribution quality={quality} />
        </div>
      </div>
      <GapsCard gaps={gaps} />
    </div>
  )
}

export const config = defineRouteConfig({ label: "Catalog", icon: Tag })

export default CatalogPage
