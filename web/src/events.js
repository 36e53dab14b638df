// The events table with its filters; each row opens its document.
import { apiUrl, getJSON, MODALITIES, QUAD_CLASSES } from "./api.js";
import { clear, fmt, h } from "./dom.js";

const FILTERS = ["actor", "side", "root", "code", "quad_class", "plover", "modality", "since", "until", "story",
  "q", "source", "target", "both_directions", "doc", "place"];
const PAGE = 50;

export function docLink(docKey, eventId) {
  return `#/doc/${encodeURIComponent(docKey)}${eventId ? "?event=" + encodeURIComponent(eventId) : ""}`;
}

// The table of events as every view shows it; `link` gives the row's href (or null).
export function eventTable(events, { link = (e) => docLink(e.doc_key, e.event_id), caption = "Events" } = {}) {
  const rows = events.map((e) => {
    const href = link ? link(e) : null;
    const name = `${e.code} ${e.name || ""}`;
    const row = h("tr", { className: href ? "clickable" : null },
      h("td", { "data-label": "Date" }, e.date || "–"),
      h("td", { "data-label": "Source" }, h("b", {}, e.source || "–"), h("div", { className: "muted" }, e.source_text || "")),
      h("td", { "data-label": "Target" }, h("b", {}, e.target || "–"), h("div", { className: "muted" }, e.target_text || "")),
      h("td", { "data-label": "Event" }, href ? h("a", { href }, name) : name,
        h("div", { className: `quad q${e.quad_class}` }, QUAD_CLASSES[e.quad_class] || "")),
      h("td", { "data-label": "Goldstein", className: "num" }, fmt(e.goldstein)),
      h("td", { "data-label": "Modality" }, e.modality || "–"),
      h("td", { "data-label": "Where" }, e.location_name ? `${e.location_name} (${e.location_country})` : "–"),
      h("td", { "data-label": "Sentence", className: "sentence" }, e.sentence || ""));
    if (href) row.addEventListener("click", (event) => { if (event.target.tagName !== "A") location.hash = href; });
    return row;
  });
  return h("div", { className: "table-wrap" },
    h("table", { className: "events" },
      h("caption", { className: "sr-only" }, caption),
      h("thead", {}, h("tr", {}, ["Date", "Source", "Target", "Event", "Goldstein", "Modality", "Where", "Sentence"]
        .map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows)));
}

function field(label, control) {
  return h("label", { className: "field" }, h("span", {}, label), control);
}

function select(name, value, options) {
  return h("select", { name }, options.map(([v, text]) => h("option", { value: v, selected: v === (value || "") }, text)));
}

function filterForm(params) {
  const input = (name, attrs = {}) => h("input", { name, value: params.get(name) || "", ...attrs });
  const roots = [["", "any"]].concat(Array.from({ length: 20 }, (_, i) => {
    const root = String(i + 1).padStart(2, "0");
    return [root, root];
  }));
  const form = h("form", { className: "filters", role: "search", "aria-label": "Filter events" },
    field("Actor or country", input("actor", { placeholder: "RUS, USAGOV, IGOUNO", autocomplete: "off" })),
    field("Side", select("side", params.get("side"), [["", "either"], ["source", "source"], ["target", "target"]])),
    field("CAMEO root", select("root", params.get("root"), roots)),
    field("Code", input("code", { placeholder: "039", inputmode: "numeric" })),
    field("QuadClass", select("quad_class", params.get("quad_class"),
      [["", "any"]].concat(Object.entries(QUAD_CLASSES).map(([k, v]) => [k, `${k} ${v}`])))),
    field("PLOVER", input("plover", { placeholder: "AGREE" })),
    field("Modality", select("modality", params.get("modality"), [["", "any"]].concat(MODALITIES.map((m) => [m, m])))),
    field("From", input("since", { type: "date" })),
    field("To", input("until", { type: "date" })),
    field("Text", input("q", { type: "search", placeholder: "words in the sentence" })),
    field("Where (country)", input("place", { placeholder: "SYR", autocomplete: "off" })),
    params.get("story") ? field("Story", input("story", { readonly: true })) : null,
    h("div", { className: "actions" },
      h("button", { type: "submit" }, "Apply"),
      h("a", { href: "#/events", className: "button secondary" }, "Clear")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) if (value) next.set(key, value);
    location.hash = "#/events?" + next.toString();
  });
  return form;
}

export async function eventsView(main, params) {
  const offset = Number(params.get("offset") || 0);
  const sort = params.get("sort") || "-date";
  const query = { sort, limit: PAGE, offset };
  for (const name of FILTERS) if (params.get(name)) query[name] = params.get(name);
  const results = h("section", { "aria-live": "polite", "aria-busy": "true" }, h("p", {}, "Loading events…"));
  clear(main, h("h2", {}, "Events"), filterForm(params), results);
  let data;
  try {
    data = await getJSON("events", query);
  } catch (error) {
    clear(results, h("p", { className: "error", role: "alert" }, error.message));
    return;
  }
  const page = (to) => {
    const next = new URLSearchParams(params);
    next.set("offset", String(to));
    return "#/events?" + next.toString();
  };
  const sortLink = (key, label) => {
    const next = new URLSearchParams(params);
    next.set("sort", sort === `-${key}` ? key : `-${key}`);
    next.delete("offset");
    return h("a", { href: "#/events?" + next.toString() }, label);
  };
  const download = (format) => {
    const all = { ...query, format };
    delete all.limit; delete all.offset;
    return h("a", { href: apiUrl("events", all), download: `events.${format}` }, format.toUpperCase());
  };
  const last = Math.min(offset + PAGE, data.total);
  clear(results,
    h("div", { className: "bar" },
      h("p", { className: "count" }, data.total ? `${offset + 1}–${last} of ${data.total} events` : "No events match."),
      h("p", {}, "Sort by ", sortLink("date", "date"), " · ", sortLink("goldstein", "Goldstein"), " · ",
        sortLink("code", "code")),
      h("p", {}, "Download ", download("csv"), " · ", download("parquet"))),
    data.events.length ? eventTable(data.events) : null,
    h("nav", { className: "pager", "aria-label": "Pages" },
      offset > 0 ? h("a", { href: page(Math.max(0, offset - PAGE)), className: "button secondary" }, "← Previous") : null,
      last < data.total ? h("a", { href: page(offset + PAGE), className: "button secondary" }, "Next →") : null));
  results.setAttribute("aria-busy", "false");
}
