export * from "./dispatch-instance"
export * from "./dispatch-plan"
export * from "./route-sheet"
