// The short form of a person's link to their own view of a suggestion, as text messages carry it.
export { action, default, headers, loader, meta } from "./track.$token";
