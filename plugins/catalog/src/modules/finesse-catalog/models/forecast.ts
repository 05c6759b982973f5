import { model } from "@medusajs/framework/utils"

/**
 * The forecast of one variant × location series in one run, per period with its 80 % and 95 % intervals, and the
 * method the backtest chose.
 */
const FinesseCatalogForecast = model
  .define("finesse_catalog_forecast", {
    id: model.id({ prefix: "fcf" }).primaryKey(),
    run_id: model.text(),
    variant_id: model.text(),
    location_id: model.text(),
    product_id: model.text().nullable(),
    method: model.text(),
    code: model.text(),
    demand_class: model.text(),
    interval_source: model.text(),
    params: model.json().nullable(),
    // mean units per period over the last 13 periods (the series' recent level)
    scale: model.float().default(0),
    // units over the horizon (sum of the mean forecast)
    horizon_units: model.float().default(0),
    backtest_wape: model.float().nullable(),
    // start of the first forecast period and the forecast per period: { point, mean, lower_80, upper_80,
    // lower_95, upper_95 } arrays of `horizon` numbers (one row per series keeps a 100,000-series run's writes small)
    period_start: model.dateTime(),
    values: model.json(),
    // price and promotion response (log-log elasticity, promotion lift), when the history varied
    elasticity: model.float().nullable(),
    promo_lift: model.float().nullable(),
  })
  .indexes([{ on: ["run_id", "variant_id", "location_id"] }, { on: ["run_id", "product_id"] }])

export default FinesseCatalogForecast
