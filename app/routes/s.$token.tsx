// The short form of the "stop updates" link, as text messages carry it.
export { action, default, loader, meta } from "./stop-updates.$token";
