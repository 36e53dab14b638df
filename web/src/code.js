// "Code this text": paste a page (text or HTML), see its record as the events table shows it.
import { postJSON } from "./api.js";
import { clear, h } from "./dom.js";
import { recordView } from "./document.js";
import { eventTable } from "./events.js";

let last = { text: "", date: "", record: null };  // kept while the page is open

export function codeView(main) {
  const text = h("textarea", { id: "code-text", name: "text", rows: 12, required: true,
    placeholder: "Paste an article (headline on the first line) or a whole HTML page" }, last.text);
  const date = h("input", { id: "code-date", name: "date", type: "date", value: last.date });
  const button = h("button", { type: "submit" }, "Code this text");
  const out = h("section", { id: "code-result", "aria-live": "polite" });
  const form = h("form", { className: "code-form" },
    h("label", { for: "code-text" }, "Text or HTML page"), text,
    h("div", { className: "row" }, h("label", { className: "field" }, h("span", {}, "Publication date (optional)"), date), button));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    last = { text: text.value, date: date.value, record: null };
    button.disabled = true;
    clear(out, h("p", { role: "status" }, "Coding… (the first page also loads the language model)"));
    try {
      last.record = await postJSON("code", { text: text.value, date: date.value || null });
      show(out, last.record);
    } catch (error) {
      clear(out, h("p", { className: "error", role: "alert" }, error.message));
    } finally {
      button.disabled = false;
    }
  });
  clear(main, h("h2", {}, "Code this text"), h("p", { className: "muted" }, "Nothing is stored: the page is coded and shown."),
    form, out);
  if (last.record) show(out, last.record);
}

function show(out, record) {
  const events = (record.events || []).map((e) => ({ ...e, event_id: e.id }));
  clear(out, h("h3", {}, `${events.length} events, ${(record.quotes || []).length} quotes, ${(record.actors || []).length} actor mentions`),
    events.length ? eventTable(events, { link: null, caption: "Events of the pasted text" }) : h("p", {}, "No events found."),
    h("div", { className: "pasted" }, recordView(record)));
}
