// The dashboard: a hash router over six views; every view is plain DOM built from the API.
import "./style.css";
import { getJSON } from "./api.js";
import { codeView } from "./code.js";
import { documentView } from "./document.js";
import { clear, h } from "./dom.js";
import { eventsView } from "./events.js";
import { mapView } from "./map.js";
import { networkView } from "./network.js";
import { timelineView } from "./timeline.js";

const main = document.getElementById("main");

function route() {
  const hash = location.hash.replace(/^#\/?/, "") || "events";
  const [path, query = ""] = hash.split("?");
  const params = new URLSearchParams(query);
  const [view, ...rest] = path.split("/");
  for (const link of document.querySelectorAll("nav a[data-view]")) {
    if (link.dataset.view === view) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
  const views = {
    events: () => eventsView(main, params),
    doc: () => documentView(main, decodeURIComponent(rest.join("/")), params),
    network: () => networkView(main, params),
    timeline: () => timelineView(main, params),
    map: () => mapView(main, params),
    code: () => codeView(main),
  };
  const show = views[view] || (() => clear(main, h("p", {}, "No such view. "), h("a", { href: "#/events" }, "Events")));
  Promise.resolve(show()).catch((error) => clear(main, h("p", { className: "error", role: "alert" }, error.message)));
  document.title = `newsevents · ${view}`;
}

async function status() {
  const el = document.getElementById("store-status");
  try {
    const s = await getJSON("summary");
    el.textContent = `${s.tables.documents} documents · ${s.tables.events} events · ${s.tables.stories} stories`
      + (s.snapshot ? " · following a running ingest" : "");
  } catch (error) {
    el.textContent = error.message;
  }
}

window.addEventListener("hashchange", () => { route(); main.focus({ preventScroll: true }); });
route();
status();
setInterval(status, 10000);
