export * from "./tracker"
