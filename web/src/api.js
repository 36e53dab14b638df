// Calls to the newsevents API; an error answer becomes an Error carrying the server's message.
export async function getJSON(path, params = {}) {
  const response = await fetch(apiUrl(path, params));
  return answer(response);
}

export async function postJSON(path, body) {
  const response = await fetch(apiUrl(path), {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  return answer(response);
}

export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const text = query.toString();
  return `api/${path}${text ? "?" + text : ""}`;
}

async function answer(response) {
  let payload = null;
  try { payload = await response.json(); } catch { /* not JSON */ }
  if (!response.ok) {
    throw new Error(payload && payload.error ? payload.error : `${response.status} ${response.statusText}`);
  }
  return payload;
}

export const QUAD_CLASSES = {
  1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
};
export const MODALITIES = ["asserted", "negated", "conditional", "intended", "hypothetical"];
