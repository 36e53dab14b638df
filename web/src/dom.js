// A tiny DOM builder: h("a", {href: "#"}, "text", child) — no framework needed.
export function h(tag, attrs = {}, ...children) {
  // "svg:a" is a link inside a drawing; the other SVG tags are known by name
  const svg = tag.startsWith("svg:") || ["svg", "g", "line", "path", "circle", "rect", "text", "title", "defs", "marker"].includes(tag);
  tag = tag.replace(/^svg:/, "");
  const el = svg ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "className") el.setAttribute("class", value);
    else el.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function clear(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

export function fmt(value, digits = 1) {
  if (value === null || value === undefined) return "–";
  return typeof value === "number" && !Number.isInteger(value) ? value.toFixed(digits) : String(value);
}
