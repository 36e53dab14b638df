// A dyad over time: story-events per period (bars) and their mean Goldstein (line).
import { getJSON } from "./api.js";
import { clear, fmt, h } from "./dom.js";

const WIDTH = 640, HEIGHT = 260, PAD = 36;

function chart(rows) {
  const max = Math.max(1, ...rows.map((r) => r.events));
  const step = (WIDTH - 2 * PAD) / Math.max(1, rows.length);
  const y = (count) => HEIGHT - PAD - (count / max) * (HEIGHT - 2 * PAD);
  const g = (score) => HEIGHT / 2 - (score / 10) * (HEIGHT / 2 - PAD);
  const barWidth = Math.min(step * 0.7, 48);
  const bars = rows.map((r, i) => h("rect", { x: PAD + i * step + (step - barWidth) / 2, y: y(r.events), width: barWidth,
    height: HEIGHT - PAD - y(r.events), className: "bar" }, h("title", {}, `${r.period}: ${r.events} events`)));
  const points = rows.filter((r) => r.mean_goldstein !== null)
    .map((r) => [PAD + rows.indexOf(r) * step + step / 2, g(r.mean_goldstein), r]);
  const line = points.length ? h("path", { d: "M" + points.map(([px, py]) => `${px},${py}`).join(" L"), className: "gline", fill: "none" }) : null;
  const dots = points.map(([px, py, r]) => h("circle", { cx: px, cy: py, r: 4, className: "gdot" },
    h("title", {}, `${r.period}: mean Goldstein ${fmt(r.mean_goldstein)}`)));
  const labels = rows.map((r, i) => (rows.length <= 12 || i % Math.ceil(rows.length / 12) === 0)
    ? h("text", { x: PAD + i * step + step / 2, y: HEIGHT - PAD + 16, "text-anchor": "middle", className: "axis" }, r.period) : null);
  return h("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, className: "timeline", role: "img",
    "aria-label": "Events per period (bars) and mean Goldstein (line); the table below has the numbers" },
  h("line", { x1: PAD, x2: WIDTH - PAD, y1: g(0), y2: g(0), className: "zero" }),
  h("text", { x: WIDTH - PAD + 4, y: g(10) + 4, className: "axis" }, "+10"),
  h("text", { x: WIDTH - PAD + 4, y: g(0) + 4, className: "axis" }, "0"),
  h("text", { x: WIDTH - PAD + 4, y: g(-10) + 4, className: "axis" }, "−10"),
  h("text", { x: 2, y: PAD - 8, className: "axis" }, `${max} events`),
  bars, line, dots, labels);
}

export async function timelineView(main, params) {
  const input = (name, placeholder) => h("input", { name, value: params.get(name) || "", placeholder, autocomplete: "off" });
  const by = h("select", { name: "by" }, ["month", "day", "year"].map((p) => h("option", { value: p, selected: p === (params.get("by") || "month") }, p)));
  const both = h("input", { type: "checkbox", name: "both_directions", value: "true", checked: params.get("both_directions") === "true" });
  const form = h("form", { className: "filters", "aria-label": "Choose a dyad" },
    h("label", { className: "field" }, h("span", {}, "Source"), input("source", "RUS")),
    h("label", { className: "field" }, h("span", {}, "Target"), input("target", "USA")),
    h("label", { className: "field" }, h("span", {}, "Per"), by),
    h("label", { className: "field check" }, both, h("span", {}, "both directions")),
    h("div", { className: "actions" }, h("button", { type: "submit" }, "Show")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) if (value) next.set(key, ["source", "target"].includes(key) ? value.trim().toUpperCase() : value);
    location.hash = "#/timeline?" + next.toString();
  });
  const out = h("section", { "aria-live": "polite" });
  clear(main, h("h2", {}, "Dyad timeline"), h("p", { className: "muted" },
    "Events between a source and a target per period, each story counted once, with their mean Goldstein score."), form, out);
  if (!params.get("source") && !params.get("target")) {
    clear(out, h("p", {}, "Choose a source and a target (or pick an edge in the network)."));
    return;
  }
  const query = {};
  for (const name of ["source", "target", "by", "both_directions"]) if (params.get(name)) query[name] = params.get(name);
  let data;
  try { data = await getJSON("timeline", query); } catch (error) {
    clear(out, h("p", { className: "error", role: "alert" }, error.message));
    return;
  }
  const events = new URLSearchParams({ source: query.source || "", target: query.target || "" });
  if (query.both_directions) events.set("both_directions", "true");
  clear(out, data.timeline.length ? chart(data.timeline) : h("p", {}, "No dated events for this dyad."),
    h("p", {}, h("a", { href: "#/events?" + events.toString() }, "See these events")),
    h("div", { className: "table-wrap" }, h("table", {}, h("caption", {}, "Per period"),
      h("thead", {}, h("tr", {}, ["Period", "Events", "Stories", "Mean Goldstein", "Documents"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, data.timeline.map((r) => h("tr", {}, h("td", {}, r.period), h("td", { className: "num" }, r.events),
        h("td", { className: "num" }, r.stories), h("td", { className: "num" }, fmt(r.mean_goldstein)), h("td", { className: "num" }, r.documents)))))));
}
