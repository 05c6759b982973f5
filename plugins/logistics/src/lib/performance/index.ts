export * from "./delivery-stats"
export * from "./alert-rules"
