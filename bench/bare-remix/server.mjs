// Serves the bare Remix page built into build/ here, on PORT, with express as the app does.
import path from "node:path";
import { pathToFileURL } from "node:url";
import express from "express";
import { createRequestHandler } from "@remix-run/express";

const build = await import(pathToFileURL(path.join(import.meta.dirname, "build/index.js")).href);
const app = express();
app.all("*", createRequestHandler({ build, mode: "production" }));
app.listen(Number(process.env.PORT), "127.0.0.1");
