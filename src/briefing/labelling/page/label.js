// The labelling page: edit parties and items over the article, autosave, save through
// the gold loader. Plain DOM; every text is set with textContent (article text may hold HTML).
"use strict";

const FIELDS = {
  claims: { kind: "claim", prefix: "c", actor: "claimant", text: "statement" },
  denials: { kind: "denial", prefix: "d", actor: "denier", text: "denied" },
  concerns: { kind: "concern", prefix: "k", actor: "holder", text: "about" },
};
const KINDS = ["person", "organization", "government", "country", "media", "group", "other"];

const state = { id: "", text: "", parties: [], items: [], chosen: null, path: "" };
let timer = null;

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) node.append(child);
  return node;
}

function status(text) { $("status").textContent = text; }

function showProblem(problem) {
  $("problem").hidden = !problem;
  $("problem").textContent = problem || "";
}

// ---- gold JSON <-> page state ----

function fromGold(gold, spans) {
  state.parties = (gold.parties || []).map((p) => ({
    id: p.id || "", name: p.name || "", kind: p.kind || "person", role: p.role || "",
    affiliation: p.affiliation || "", aliases: p.aliases || [], required: p.required !== false,
  }));
  state.items = [];
  for (const [field, f] of Object.entries(FIELDS)) {
    for (const item of gold[field] || []) {
      const span = spans[item.id] || [-1, -1];
      state.items.push({
        field, id: item.id, actor: item[f.actor] || "", text: item[f.text] || "",
        quote: item.quote || "", start: span[0], end: span[1],
        responds_to: item.responds_to || "", addressed_to: item.addressed_to || "",
        required: item.required !== false,
      });
    }
  }
}

function toGold() {
  const gold = { article_id: state.id, parties: [], claims: [], denials: [], concerns: [] };
  gold.parties = state.parties.map((p) => ({
    id: p.id, name: p.name, kind: p.kind, role: p.role || null,
    affiliation: p.affiliation || null, aliases: p.aliases, required: p.required,
  }));
  const ordered = [...state.items].sort((a, b) => a.start - b.start);
  for (const item of ordered) {
    const f = FIELDS[item.field];
    const out = { id: item.id, [f.actor]: item.actor, [f.text]: item.text, quote: item.quote };
    if (item.field === "denials") out.responds_to = item.responds_to || null;
    if (item.field === "concerns") out.addressed_to = item.addressed_to || null;
    out.required = item.required;
    gold[item.field].push(out);
  }
  return gold;
}

// ---- the article with its spans ----

function drawArticle() {
  const box = $("article");
  box.replaceChildren();
  const placed = state.items.filter((i) => i.start >= 0 && i.end > i.start);
  const cuts = new Set([0, state.text.length]);
  for (const i of placed) { cuts.add(i.start); cuts.add(i.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let n = 0; n + 1 < points.length; n++) {
    const [start, end] = [points[n], points[n + 1]];
    const piece = el("span", { textContent: state.text.slice(start, end) });
    piece.dataset.s = String(start);
    const covering = placed.filter((i) => i.start <= start && end <= i.end);
    if (!covering.length) { box.append(piece); continue; }
    const mark = el("mark", { className: [...new Set(covering.map((i) => "k-" + i.field))].join(" ") });
    const shortest = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    mark.title = covering.map((i) => `${i.id} ${FIELDS[i.field].kind} · ${partyName(i.actor)}`).join("\n");
    mark.dataset.item = shortest.id;
    if (covering.some((i) => i.id === state.chosen)) mark.classList.add("chosen");
    mark.addEventListener("click", () => choose(shortest.id, true));
    mark.append(piece);
    box.append(mark);
  }
}

// The offset in the article of a point of the selection (a text node inside a piece).
function offsetOf(node, offset) {
  const box = $("article");
  if (node === box) {
    const child = box.childNodes[offset];
    return child ? startOf(child) : state.text.length;
  }
  if (node.nodeType === Node.TEXT_NODE) return startOf(node.parentElement) + offset;
  const child = node.childNodes[offset];
  return child ? startOf(child) : endOf(node);
}

function startOf(node) {
  const piece = node.nodeType === Node.ELEMENT_NODE && node.dataset.s !== undefined
    ? node : (node.querySelector ? node.querySelector("[data-s]") : node.parentElement);
  return piece ? Number(piece.dataset.s) : 0;
}

function endOf(node) {
  const pieces = node.querySelectorAll ? node.querySelectorAll("[data-s]") : [];
  const last = pieces[pieces.length - 1];
  return last ? Number(last.dataset.s) + last.textContent.length : 0;
}

function selectedSpan() {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!$("article").contains(range.commonAncestorContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  while (start < end && /\s/.test(state.text[start])) start++;
  while (end > start && /\s/.test(state.text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

// ---- editing ----

function partyName(id) {
  const party = state.parties.find((p) => p.id === id);
  return party ? party.name : id || "?";
}

function nextId(field) {
  const prefix = FIELDS[field].prefix;
  const used = new Set(state.items.map((i) => i.id));
  let n = 1;
  while (used.has(prefix + n)) n++;
  return prefix + n;
}

function slug(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

function newItem(field) {
  const span = selectedSpan();
  if (!span) { status("Select the quote in the article first."); return; }
  const item = {
    field, id: nextId(field), actor: state.parties[0] ? state.parties[0].id : "", text: "",
    quote: state.text.slice(span[0], span[1]), start: span[0], end: span[1],
    responds_to: "", addressed_to: "", required: true,
  };
  state.items.push(item);
  state.chosen = item.id;
  changed();
}

function setQuote() {
  const item = state.items.find((i) => i.id === state.chosen);
  const span = selectedSpan();
  if (!item || !span) { status("Choose an item and select its new quote in the article."); return; }
  [item.start, item.end] = span;
  item.quote = state.text.slice(span[0], span[1]);
  changed();
}

function newParty() {
  const span = selectedSpan();
  const name = span ? state.text.slice(span[0], span[1]) : "New party";
  let id = slug(name) || "party";
  while (state.parties.some((p) => p.id === id)) id += "-2";
  state.parties.push({ id, name, kind: "person", role: "", affiliation: "", aliases: [], required: true });
  changed();
}

function renameParty(party, id) {
  const old = party.id;
  party.id = id;
  for (const item of state.items) {
    if (item.actor === old) item.actor = id;
    if (item.addressed_to === old) item.addressed_to = id;
  }
  for (const other of state.parties) if (other.affiliation === old) other.affiliation = id;
}

function changeKind(item, field) {
  const old = item.id;
  item.field = field;
  item.id = nextId(field);
  for (const other of state.items) if (other.responds_to === old) other.responds_to = field === "denials" ? "" : item.id;
  if (field !== "denials") item.responds_to = "";
  if (field !== "concerns") item.addressed_to = "";
  if (state.chosen === old) state.chosen = item.id;
}

function choose(id, scroll) {
  state.chosen = id;
  draw();
  const card = document.querySelector(`.card[data-id="${CSS.escape(id)}"]`);
  if (scroll && card) card.scrollIntoView({ block: "nearest" });
}

// ---- the side panel ----

function select(options, value, onChange, className) {
  const box = el("select", { className: className || "" });
  for (const [v, label] of options) box.append(el("option", { value: v, textContent: label, selected: v === value }));
  box.addEventListener("change", () => onChange(box.value));
  return box;
}

function input(value, onChange, className, placeholder) {
  const box = el("input", { type: "text", value, className: className || "", placeholder: placeholder || "" });
  box.addEventListener("change", () => onChange(box.value.trim()));
  return box;
}

function checkbox(label, value, onChange) {
  const box = el("input", { type: "checkbox", checked: value });
  box.addEventListener("change", () => onChange(box.checked));
  return el("label", {}, box, " " + label);
}

function button(text, onClick, className) {
  const b = el("button", { textContent: text, className: className || "" });
  b.addEventListener("click", onClick);
  return b;
}

function partyCard(party) {
  const others = [["", "(no affiliation)"], ...state.parties.filter((p) => p !== party).map((p) => [p.id, p.name])];
  const card = el("div", { className: "card party" });
  card.dataset.id = party.id;
  card.append(
    el("div", { className: "row" },
      input(party.name, (v) => { party.name = v; changed(); }, "name", "name"),
      input(party.id, (v) => { if (v) renameParty(party, slug(v)); changed(); }, "pid", "id")),
    el("div", { className: "row" },
      select(KINDS.map((k) => [k, k]), party.kind, (v) => { party.kind = v; changed(); }, "kind"),
      select(others, party.affiliation, (v) => { party.affiliation = v; changed(); }, "affiliation"),
      checkbox("required", party.required, (v) => { party.required = v; changed(); })),
    el("div", { className: "row" },
      input(party.role, (v) => { party.role = v; changed(); }, "role", "role in the article"),
      input(party.aliases.join("; "), (v) => {
        party.aliases = v.split(";").map((a) => a.trim()).filter(Boolean); changed();
      }, "aliases", "aliases; separated; by semicolons")),
    el("div", { className: "row" }, button("delete party", () => {
      state.parties = state.parties.filter((p) => p !== party); changed();
    }, "danger")));
  return card;
}

function itemCard(item) {
  const f = FIELDS[item.field];
  const card = el("div", { className: `card item ${item.field}` + (item.id === state.chosen ? " chosen" : "") });
  card.dataset.id = item.id;
  card.addEventListener("focusin", () => { state.chosen = item.id; markChosen(); });
  card.addEventListener("click", () => { state.chosen = item.id; markChosen(); });
  const parties = [["", "(choose a party)"], ...state.parties.map((p) => [p.id, p.name])];
  const para = el("textarea", { className: "para", value: item.text, placeholder: `what is ${f.kind === "claim" ? "claimed" : f.kind === "denial" ? "denied" : "feared"}, in your words` });
  para.addEventListener("input", () => { item.text = para.value.trim(); changed(false); });
  const found = item.start >= 0 && state.text.slice(item.start, item.end) === item.quote;
  const row = el("div", { className: "row" },
    el("span", { className: "id", textContent: item.id }),
    select(Object.entries(FIELDS).map(([k, v]) => [k, v.kind]), item.field, (v) => { changeKind(item, v); changed(); }, "field"),
    select(parties, item.actor, (v) => { item.actor = v; changed(); }, "actor"),
    checkbox("required", item.required, (v) => { item.required = v; changed(); }));
  card.append(row, para,
    el("div", { className: "quote" + (found ? "" : " lost"), textContent: `“${item.quote}”` + (found ? "" : " (not found in the article)") }));
  if (item.field === "denials") {
    const answerable = [["", "(responds to nothing)"], ...state.items.filter((i) => i.field !== "denials").map((i) => [i.id, `${i.id}: ${i.text || i.quote}`.slice(0, 60)])];
    card.append(el("div", { className: "row" }, el("label", { textContent: "responds to" }),
      select(answerable, item.responds_to, (v) => { item.responds_to = v; changed(); }, "responds-to")));
  }
  if (item.field === "concerns") {
    const addressed = [["", "(addressed to nobody)"], ...state.parties.map((p) => [p.id, p.name])];
    card.append(el("div", { className: "row" }, el("label", { textContent: "addressed to" }),
      select(addressed, item.addressed_to, (v) => { item.addressed_to = v; changed(); }, "addressed-to")));
  }
  card.append(el("div", { className: "row" },
    button("show in article", () => {
      const mark = document.querySelector(`mark[data-item="${CSS.escape(item.id)}"]`);
      if (mark) mark.scrollIntoView({ block: "center" });
    }),
    button("delete item", () => {
      state.items = state.items.filter((i) => i !== item);
      for (const other of state.items) if (other.responds_to === item.id) other.responds_to = "";
      changed();
    }, "danger")));
  return card;
}

function markChosen() {
  for (const card of document.querySelectorAll(".card.item")) card.classList.toggle("chosen", card.dataset.id === state.chosen);
  for (const mark of document.querySelectorAll("mark")) mark.classList.toggle("chosen", mark.dataset.item === state.chosen);
}

function draw() {
  drawArticle();
  $("parties").replaceChildren(...state.parties.map(partyCard));
  const items = [...state.items].sort((a, b) => a.start - b.start);
  $("items").replaceChildren(...items.map(itemCard));
}

// ---- saving ----

async function post(path, gold) {
  const answer = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(gold) });
  return answer.json();
}

function changed(redraw = true) {
  if (redraw) draw();
  status("unsaved changes…");
  clearTimeout(timer);
  timer = setTimeout(autosave, 400);
}

async function autosave() {
  timer = null;
  try {
    const verdict = await post("/api/autosave", toGold());
    showProblem(verdict.problem ? "Not yet valid gold: " + verdict.problem : "");
    status(`autosaved at ${new Date().toLocaleTimeString()} (not yet saved to ${state.path})`);
  } catch (error) {
    status("autosave failed: is `briefing label` still running? " + error);
  }
}

async function save() {
  clearTimeout(timer);
  timer = null;
  try {
    const verdict = await post("/api/save", toGold());
    if (verdict.ok) {
      showProblem("");
      status(`saved to ${state.path} at ${new Date().toLocaleTimeString()}`);
    } else {
      showProblem("Not saved: " + verdict.problem);
      status("not saved (your edits are kept in the autosave)");
    }
  } catch (error) {
    showProblem("Not saved: is `briefing label` still running? " + error);
  }
}

async function start() {
  const answer = await fetch("/api/state");
  const found = await answer.json();
  if (!answer.ok) { showProblem(found.problem); return; }
  state.id = found.article_id;
  state.text = found.text;
  state.path = found.gold_path;
  $("article-id").textContent = found.article_id;
  fromGold(found.gold, found.spans);
  draw();
  const from = { autosave: "unsaved edits (autosave)", gold: found.gold_path, draft: "the draft briefing" }[found.origin];
  status(`started from ${from}; saves go to ${found.gold_path}`);
  showProblem(found.problem ? "Not yet valid gold: " + found.problem : "");
}

for (const field of Object.keys(FIELDS)) {
  $("new-" + FIELDS[field].kind).addEventListener("click", () => newItem(field));
}
$("set-quote").addEventListener("click", setQuote);
$("new-party").addEventListener("click", newParty);
$("save").addEventListener("click", save);
window.addEventListener("beforeunload", () => {
  if (timer !== null) navigator.sendBeacon("/api/autosave", new Blob([JSON.stringify(toGold())], { type: "application/json" }));
});
start();
