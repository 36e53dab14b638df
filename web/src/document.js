// One article: the cleaned text with each event's and quote's evidence highlighted,
// removed boilerplate folded with its reasons, and the story's other reprints.
import { getJSON, QUAD_CLASSES } from "./api.js";
import { clear, h } from "./dom.js";
import { docLink } from "./events.js";

// Split the text at every span boundary; each piece carries the spans that cover it.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) { pieces.push(piece); continue; }
    const classes = new Set(covering.map((s) => s.kind));
    if (covering.some((s) => s.current)) classes.add("current");
    const ids = covering.map((s) => s.id).join(" ");
    pieces.push(h("mark", { className: [...classes].join(" "), "data-ids": ids,
      title: covering.map((s) => s.label).join("\n") }, piece));
  }
  return pieces;
}

export function recordView(record, { current = null, link = null } = {}) {
  const text = record.text || "";
  const spans = [];
  for (const e of record.events || []) {
    if (e.start === null || e.end === null || e.start === undefined) continue;
    spans.push({ start: e.start, end: e.end, kind: "ev", id: e.event_id || e.id, current: (e.event_id || e.id) === current,
      label: `${e.source} → ${e.target}: ${e.code} ${e.name || ""}` });
  }
  for (const q of record.quotes || []) {
    if (q.start === null || q.end === null || q.start === undefined) continue;
    spans.push({ start: q.start, end: q.end, kind: "qt", id: q.id, label: `quote ${q.id}: ${q.speaker || "?"}` });
  }
  const removed = record.removed || [];
  const events = (record.events || []).map((e) => {
    const id = e.event_id || e.id;
    const label = `${e.source} → ${e.target}: ${e.code} ${e.name || ""} (${e.modality || "asserted"})`;
    return h("li", { className: id === current ? "current" : null },
      link ? h("a", { href: link(id), "aria-current": id === current ? "true" : null }, label) : label,
      h("span", { className: `quad q${e.quad_class}` }, " ", QUAD_CLASSES[e.quad_class] || ""));
  });
  return [
    h("h2", {}, record.headline || record.doc_id || record.id),
    h("p", { className: "muted" }, [record.date, record.outlet || record.source, record.wire && `wire: ${record.wire}`,
      record.publisher && `publisher: ${record.publisher}`, record.dateline].filter(Boolean).join(" · ")),
    h("p", { className: "legend" }, h("mark", { className: "ev" }, "event evidence"), " ",
      h("mark", { className: "qt" }, "quotation"), " ", h("mark", { className: "ev current" }, "selected event")),
    h("article", { className: "doc-text", "aria-label": "Article text" }, highlighted(text, spans)),
    h("section", {}, h("h3", {}, `Events (${events.length})`), events.length ? h("ol", { className: "event-list" }, events)
      : h("p", { className: "muted" }, "No events.")),
    (record.quotes || []).length ? h("section", {}, h("h3", {}, `Quotes (${record.quotes.length})`),
      h("ol", {}, record.quotes.map((q) => h("li", {}, h("b", {}, q.speaker || "unknown speaker"),
        ` (${q.kind}, ${q.cue || "–"}): “${q.text}”`)))) : null,
    h("details", { className: "removed" },
      h("summary", {}, `Removed boilerplate (${removed.length})`),
      removed.length ? h("ul", {}, removed.map((r) => h("li", {}, h("span", { className: "reason" }, r.reason), " ", r.text)))
        : h("p", { className: "muted" }, "Nothing was removed.")),
    (record.warnings || []).length ? h("details", {}, h("summary", {}, `Warnings (${record.warnings.length})`),
      h("ul", {}, record.warnings.map((w) => h("li", {}, w)))) : null,
  ];
}

export async function documentView(main, docKey, params) {
  clear(main, h("p", {}, "Loading document…"));
  let record;
  try {
    record = await getJSON(`documents/${encodeURIComponent(docKey)}`);
  } catch (error) {
    clear(main, h("p", { className: "error", role: "alert" }, error.message), h("a", { href: "#/events" }, "← Events"));
    return;
  }
  const current = params.get("event");
  const reprints = record.reprints || [];
  clear(main,
    h("p", {}, h("button", { type: "button", className: "secondary", onclick: () => history.back() }, "← Back"), " · ",
      h("a", { href: `#/events?story=${encodeURIComponent(record.story_id || "")}` }, "events of this story")),
    recordView(record, { current, link: (id) => docLink(record.doc_key, id) }),
    h("section", {}, h("h3", {}, `Other reprints of this story (${reprints.length})`),
      reprints.length ? h("ul", {}, reprints.map((r) => h("li", {},
        h("a", { href: docLink(r.doc_key) }, r.headline || r.doc_id), ` — ${r.outlet || "unknown outlet"}, ${r.date || "no date"}`)))
        : h("p", { className: "muted" }, "None: this document is the story's only copy.")));
  const mark = main.querySelector("mark.current");
  if (mark) mark.scrollIntoView({ block: "center" });
}
