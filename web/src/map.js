// Where events happened: an SVG world (Natural Earth shapes from the world-atlas package, bundled,
// no tile server) with a circle per place, sized by story-events and coloured by mean Goldstein.
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { getJSON } from "./api.js";
import { clear, fmt, h } from "./dom.js";
import { goldsteinColour } from "./network.js";

const WIDTH = 960, HEIGHT = 500;
const countries = feature(world, world.objects.countries);
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], countries);
const path = geoPath(projection);
const FILTERS = ["actor", "root", "since", "until"];

function drawing(places) {
  const most = Math.max(1, ...places.map((p) => p.events));
  const marks = places.map((p) => {
    const [x, y] = projection([p.lon, p.lat]);
    const label = `${p.name} (${p.country}, ${p.precision}): ${p.events} story-events, mean Goldstein ${fmt(p.mean_goldstein)}`;
    return h("svg:a", { href: `#/events?place=${p.country}`, "aria-label": label },
      h("circle", { cx: x, cy: y, r: 3 + 12 * Math.sqrt(p.events / most), fill: goldsteinColour(p.mean_goldstein),
        className: "place" }, h("title", {}, label)));
  });
  return h("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", className: "map",
    "aria-label": `Map of ${places.length} places where events happened` },
  h("g", { className: "land" }, countries.features.map((f) => h("path", { d: path(f) }))),
  h("g", {}, marks));
}

export async function mapView(main, params) {
  const query = {};
  for (const name of FILTERS) if (params.get(name)) query[name] = params.get(name);
  const input = (name, attrs = {}) => h("label", { className: "field" }, h("span", {}, attrs.label),
    h("input", { name, value: params.get(name) || "", ...attrs, label: null }));
  const form = h("form", { className: "filters", role: "search", "aria-label": "Filter the map" },
    input("actor", { label: "Actor or country", placeholder: "RUS, USAGOV" }),
    input("root", { label: "CAMEO root", placeholder: "19", inputmode: "numeric" }),
    input("since", { label: "From", type: "date" }), input("until", { label: "To", type: "date" }),
    h("div", { className: "actions" }, h("button", { type: "submit" }, "Apply"),
      h("a", { href: "#/map", className: "button secondary" }, "Clear")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) if (value) next.set(key, value);
    location.hash = "#/map?" + next.toString();
  });
  const out = h("section", { "aria-live": "polite" }, h("p", {}, "Loading places…"));
  clear(main, h("h2", {}, "Where"), form, out);
  const data = await getJSON("places", query);
  clear(out,
    h("p", { className: "legend" }, "Circle size: story-events; colour: mean Goldstein ",
      h("span", { className: "swatch", style: `background:${goldsteinColour(-10)}` }), " −10 ",
      h("span", { className: "swatch", style: `background:${goldsteinColour(0)}` }), " 0 ",
      h("span", { className: "swatch", style: `background:${goldsteinColour(10)}` }), " +10. Select a place for its country's events."),
    drawing(data.places),
    data.places.length ? h("div", { className: "table-wrap" }, h("table", {}, h("caption", {}, "Places"),
      h("thead", {}, h("tr", {}, ["Place", "Country", "Precision", "Story-events", "Mean Goldstein"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, data.places.map((p) => h("tr", {},
        h("td", {}, h("a", { href: `#/events?place=${p.country}` }, p.name)), h("td", {}, p.country), h("td", {}, p.precision),
        h("td", { className: "num" }, p.events), h("td", { className: "num" }, fmt(p.mean_goldstein)))))))
      : h("p", {}, "No located events match."));
}
