// Compiles the GOV.UK Frontend Sass with our settings into public/assets/app.css.
import fs from "node:fs";
import path from "node:path";
import * as sass from "sass";
import rtlcss from "rtlcss";

const result = sass.compile("app/styles/main.scss", {
  loadPaths: ["node_modules"],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
const out = path.resolve("app/styles/app.css");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, result.css);
console.log(`Wrote ${path.relative(process.cwd(), out)} (${Math.round(result.css.length / 1024)} KB)`);
// The same styles mirrored for right-to-left languages (Urdu): GOV.UK Frontend is written for left to right.
const rtl = rtlcss.process(result.css);
const outRtl = path.resolve("app/styles/app-rtl.css");
fs.writeFileSync(outRtl, rtl);
console.log(`Wrote ${path.relative(process.cwd(), outRtl)} (${Math.round(rtl.length / 1024)} KB)`);
