/** Options of @finesse/personas (medusa-config `plugins[].options`; every module of the plugin receives them). */
export type FinessePersonasOptions = {
  /** Profile fields `GET /store/finesse/personas/me` returns (anything else never leaves the admin). */
  storefrontFields?: string[]
  /** Clustering of the recompute: fixed k or chosen by silhouette in kRange; k-means or Ward on a sample. */
  clusters?: { k?: number; kRange?: [number, number]; method?: "kmeans" | "ward"; sampleSize?: number; seed?: number }
  /**
   * Customers sampled per window to train the buy-again model (default 50,000): beyond that the boosted trees take
   * longer without a measurable gain in ranking quality.
   */
  trainingRows?: number
  /**
   * Persona clusters holding less than this share of customers get an archetype name only after the larger ones
   * (default 0.03): a few outliers, such as fully refunded orders, should not take "Bargain hunters" from the
   * cluster of real bargain hunters.
   */
  cardMinShare?: number
  /** Store time zone as minutes from UTC, for preferred weekday and hour (default 0). */
  utcOffsetMinutes?: number
  /** Product and category views older than this are not read for affinities (default 180 days). */
  viewWindowDays?: number
}

/** Storefront-safe by default: labels about the shopper, no model scores or money. */
export const DEFAULT_STOREFRONT_FIELDS = ["persona_id", "persona_name", "rfm_segment", "tags", "top_categories", "preferred_weekday", "preferred_hour"]

/** Fields that may be exposed to the storefront at all (a typo in the options must not leak anything else). */
export const STOREFRONT_ALLOWED_FIELDS = [
  "persona_id",
  "persona_name",
  "rfm_segment",
  "tags",
  "top_categories",
  "category_affinities",
  "preferred_weekday",
  "preferred_hour",
  "spend_level",
  "churn_risk",
  "order_count",
  "first_order_at",
  "last_order_at",
  "traits",
  "survey_answers",
]
