// The actor network: states and organisations as nodes, directed edges coloured by QuadClass
// or mean Goldstein, width by the number of stories; two sliders choose the months.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from "d3-force";
import { getJSON, QUAD_CLASSES } from "./api.js";
import { clear, fmt, h } from "./dom.js";

const QUAD_COLOURS = { 1: "#4f9d69", 2: "#1b6e3a", 3: "#e08a2c", 4: "#c0392b" };
const WIDTH = 640, HEIGHT = 440;

export function goldsteinColour(value) {
  if (value === null || value === undefined) return "#999";
  const t = Math.max(-1, Math.min(1, value / 10));
  const [r, g, b] = t < 0 ? [192, 57, 43] : [27, 110, 160];
  const w = 1 - Math.abs(t);
  return `rgb(${Math.round(r + (200 - r) * w)}, ${Math.round(g + (200 - g) * w)}, ${Math.round(b + (200 - b) * w)})`;
}

function months(first, last) {
  const out = [];
  if (!first || !last) return out;
  let [y, m] = first.slice(0, 7).split("-").map(Number);
  const [ly, lm] = last.slice(0, 7).split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function layout(nodes, edges) {
  const simulation = forceSimulation(nodes)
    .force("link", forceLink(edges.map((e) => ({ ...e }))).id((n) => n.id).distance(120))
    .force("charge", forceManyBody().strength(-320))
    .force("collide", forceCollide(28))
    .force("center", forceCenter(WIDTH / 2, HEIGHT / 2))
    .force("x", forceX(WIDTH / 2).strength(0.06))  // unconnected groups stay in view
    .force("y", forceY(HEIGHT / 2).strength(0.06))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  for (const n of nodes) {
    n.x = Math.max(30, Math.min(WIDTH - 30, n.x));
    n.y = Math.max(24, Math.min(HEIGHT - 24, n.y));
  }
}

function graph(data, colourBy) {
  const nodes = data.nodes.map((n) => ({ ...n }));
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  layout(nodes, data.edges);
  const colour = (e) => (colourBy === "goldstein" ? goldsteinColour(e.mean_goldstein) : QUAD_COLOURS[e.quad_class] || "#999");
  const edges = data.edges.map((e) => {
    const [a, b] = [byId[e.source], byId[e.target]];
    const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const bend = 0.15;  // A→B and B→A bend to opposite sides
    const d = `M${a.x},${a.y} Q${mx - dy * bend},${my + dx * bend} ${b.x},${b.y}`;
    const label = `${e.source} → ${e.target}: ${e.stories} stories, ${e.events} events, mean Goldstein ${fmt(e.mean_goldstein)}, `
      + `mostly ${QUAD_CLASSES[e.quad_class] || "?"}`;
    return h("svg:a", { href: `#/timeline?source=${e.source}&target=${e.target}`, "aria-label": label },
      h("path", { d, fill: "none", stroke: colour(e), "stroke-width": 1 + 2 * Math.sqrt(e.stories), "marker-end": "url(#arrow)",
        className: "edge" }, h("title", {}, label)));
  });
  const nodeMarks = nodes.map((n) => {
    const label = `${n.id} (${n.kind}): ${n.stories} stories`;
    const shape = n.kind === "state" ? h("circle", { cx: n.x, cy: n.y, r: 14, className: "node state" })
      : h("rect", { x: n.x - 13, y: n.y - 13, width: 26, height: 26, rx: 4, className: "node org" });
    return h("svg:a", { href: `#/events?actor=${n.id}`, "aria-label": label },
      shape, h("text", { x: n.x, y: n.y + 28, "text-anchor": "middle", className: "node-label" }, n.id), h("title", {}, label));
  });
  // frame the drawing around its nodes, so a small network is not lost in a phone-width box
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const [x0, y0] = [Math.min(...xs) - 50, Math.min(...ys) - 40];
  const [w, h0] = [Math.max(Math.max(...xs) + 50 - x0, 240), Math.max(Math.max(...ys) + 50 - y0, 160)];
  return h("svg", { viewBox: `${x0} ${y0} ${w} ${h0}`, role: "img", className: "network",
    "aria-label": `Actor network: ${nodes.length} actors, ${edges.length} directed pairs` },
  h("defs", {}, h("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 25, refY: 5, markerWidth: 10, markerHeight: 10,
    markerUnits: "userSpaceOnUse",
    orient: "auto-start-reverse" }, h("path", { d: "M0,0 L10,5 L0,10 z", fill: "#666" }))),
  h("g", {}, edges), h("g", {}, nodeMarks));
}

export async function networkView(main, params) {
  const summary = await getJSON("summary");
  const all = months(summary.first_date, summary.last_date);
  const state = { from: 0, to: Math.max(0, all.length - 1), colourBy: params.get("colour") || "quad" };
  const out = h("section", { "aria-live": "polite" });
  const label = h("output", { id: "range-label" });
  const slider = (name, value) => h("input", { type: "range", name, min: 0, max: Math.max(0, all.length - 1), value,
    "aria-label": name === "from" ? "First month" : "Last month" });
  const from = slider("from", state.from), to = slider("to", state.to);
  const colourBy = h("select", { name: "colour" }, h("option", { value: "quad", selected: state.colourBy === "quad" }, "QuadClass"),
    h("option", { value: "goldstein", selected: state.colourBy === "goldstein" }, "mean Goldstein"));
  let pending = 0;
  async function draw() {
    state.from = Math.min(Number(from.value), Number(to.value));
    state.to = Math.max(Number(from.value), Number(to.value));
    const since = all[state.from], until = all[state.to];
    label.value = all.length ? `${since} to ${until}` : "no dated events";
    const ticket = ++pending;
    const data = await getJSON("network", { since, until });
    if (ticket !== pending) return;
    const legend = colourBy.value === "goldstein"
      ? h("p", { className: "legend" }, "Edge colour: mean Goldstein ", h("span", { className: "swatch", style: `background:${goldsteinColour(-10)}` }),
        " −10 ", h("span", { className: "swatch", style: `background:${goldsteinColour(0)}` }), " 0 ",
        h("span", { className: "swatch", style: `background:${goldsteinColour(10)}` }), " +10")
      : h("p", { className: "legend" }, "Edge colour: ", Object.entries(QUAD_CLASSES).map(([k, v]) =>
        [h("span", { className: "swatch", style: `background:${QUAD_COLOURS[k]}` }), ` ${v} `]));
    clear(out, legend, h("p", { className: "muted" }, "Circles are states, squares organisations; edge width grows with the "
      + "number of stories. Select a node for its events, an edge for its timeline."),
    data.nodes.length ? graph(data, colourBy.value) : h("p", {}, "No events between known actors in these months."),
    data.edges.length ? h("div", { className: "table-wrap" }, h("table", {}, h("caption", {}, "Pairs in the network"),
      h("thead", {}, h("tr", {}, ["Source", "Target", "Stories", "Events", "Mean Goldstein", "Mostly"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, data.edges.map((e) => h("tr", {}, h("td", {}, h("a", { href: `#/timeline?source=${e.source}&target=${e.target}` }, e.source)),
        h("td", {}, e.target), h("td", { className: "num" }, e.stories), h("td", { className: "num" }, e.events),
        h("td", { className: "num" }, fmt(e.mean_goldstein)), h("td", {}, QUAD_CLASSES[e.quad_class] || "–")))))) : null);
  }
  for (const control of [from, to, colourBy]) control.addEventListener("input", draw);
  clear(main, h("h2", {}, "Actor network"),
    h("form", { className: "filters", onsubmit: (e) => e.preventDefault() },
      h("label", { className: "field" }, h("span", {}, "From"), from),
      h("label", { className: "field" }, h("span", {}, "To"), to),
      h("label", { className: "field" }, h("span", {}, "Colour edges by"), colourBy),
      h("p", {}, label)), out);
  await draw();
}
