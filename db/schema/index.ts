export * from "./enums";
export * from "./auth";
export * from "./notifications";
export * from "./settings";
export * from "./strategy";
export * from "./feedback";
export * from "./events";
export * from "./charter";
