import { model } from "@medusajs/framework/utils"

/**
 * One forecast run over every variant × location series of a granularity. Rows are written under a `building`
 * run and switched to `current` at the end, so readers never see half a run. `calibration` (lib Calibration) is
 * reused by the next runs until it is older than the job's recalibration age.
 */
const FinesseCatalogForecastRun = model
  .define("finesse_catalog_forecast_run", {
    id: model.id({ prefix: "fcfr" }).primaryKey(),
    job_id: model.text().nullable(),
    granularity: model.text(),
    horizon: model.number(),
    // start of the first forecast period; history is every complete period before it
    as_of: model.dateTime(),
    status: model.text(),
    series: model.number().default(0),
    methods: model.json().nullable(),
    classes: model.json().nullable(),
    calibration: model.json().nullable(),
    calibrated_at: model.dateTime().nullable(),
    backtest_wape: model.json().nullable(),
    timings: model.json().nullable(),
    error: model.text().nullable(),
    started_at: model.dateTime(),
    finished_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["granularity", "status"] }])

export default FinesseCatalogForecastRun
