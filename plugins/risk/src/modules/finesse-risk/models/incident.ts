import { model } from "@medusajs/framework/utils"

/**
 * A KPI anomaly incident: anomalous days of correlated metrics grouped into one (lib groupIncidents). `key` is
 * stable while the incident grows, so a nightly run updates it instead of opening a second one.
 */
const FinesseRiskIncident = model
  .define("finesse_risk_incident", {
    id: model.id({ prefix: "frinc" }).primaryKey(),
    key: model.text(),
    start_day: model.text(),
    end_day: model.text(),
    metrics: model.array(),
    severity: model.enum(["warning", "major", "critical"]),
    direction: model.text(),
    summary: model.text(),
    // lib AnomalyPoint of the largest |score|, and every point
    peak: model.json(),
    points: model.json(),
    status: model.enum(["open", "acknowledged", "resolved"]).default("open"),
    detected_at: model.dateTime(),
    acknowledged_by: model.text().nullable(),
    acknowledged_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true, where: "deleted_at IS NULL" }, { on: ["status", "start_day"] }])

export default FinesseRiskIncident
