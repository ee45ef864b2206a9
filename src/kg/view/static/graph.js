// graph.html: the interactive view of kg's graph. DATA (nodes ranked by importance, edges
// with evidence, type styles from kg.grass) is set by the page; every text from articles
// reaches the DOM through textContent.
"use strict";

const STYLES = DATA.styles;
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
const ranked = [...DATA.nodes].sort((a, b) => a.rank - b.rank);
DATA.edges.forEach((e, i) => { e.index = i; });
const PREDICATES = [...new Set(DATA.edges.map(e => e.predicate))].sort();
const LABEL_FONT = 14;        // px on screen, at least, for the names that always show
const OTHER_LABEL_FONT = 11;  // px on screen, at least, for the others, shown where they have room
const ALL_NAMES_SCALE = 1.0;  // the zoom from which every name shows, room or not

const state = {
  top: DATA.top,
  types: new Set(Object.keys(STYLES)),
  predicates: new Set(PREDICATES),
  from: "",
  to: "",
  factsOnly: false,
  revealed: new Set(),  // actors found by the search box, shown whatever the filters
};
let visible = {nodes: new Set(), edges: new Set(), candidates: 0};
let pinned = new Set();  // the shown actors whose names show at every zoom (updateLabels)

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
function fold(text) { return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim(); }
function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

// --- what is shown -----------------------------------------------------------------

function inDateRange(date) {
  if (!state.from && !state.to) return true;
  if (!date) return false;  // undated evidence leaves once a date range is set
  if (state.from && date < state.from.slice(0, date.length)) return false;
  if (state.to && date > state.to.slice(0, date.length)) return false;
  return true;
}
function evidenceShown(ev) { return inDateRange(ev.date) && (!state.factsOnly || ev.fact); }
function edgePasses(e) { return state.predicates.has(e.predicate) && e.evidence.some(evidenceShown); }

function computeVisible() {
  const passing = DATA.edges.filter(edgePasses);
  const typed = id => state.types.has(byId.get(id).type);
  const linked = new Set();
  for (const e of passing) {
    if (typed(e.from) && typed(e.to)) { linked.add(e.from); linked.add(e.to); }
  }
  const candidates = ranked.filter(n => linked.has(n.id));
  const nodes = new Set(candidates.slice(0, state.top).map(n => n.id));
  for (const id of state.revealed) nodes.add(id);
  const edges = new Set(passing.filter(e => nodes.has(e.from) && nodes.has(e.to)).map(e => e.index));
  return {nodes, edges, candidates: candidates.length};
}

// --- the network ---------------------------------------------------------------------

function nodeSize(n) { return 8 + Math.min(22, 3 * Math.sqrt(n.relations)); }
function nodeItem(n) {
  const style = STYLES[n.type] || {color: "#A5ABB6", border: "#7F8793"};
  return {
    id: n.id, label: n.name, title: n.name + " (" + n.type + ") · " + plural(n.relations, "relation"),
    shape: "dot", size: nodeSize(n), borderWidth: 2,
    color: {background: style.color, border: style.border,
            highlight: {background: style.color, border: "#2A2C34"}, hover: {background: style.color, border: "#2A2C34"}},
    font: {size: LABEL_FONT, color: "#2A2C34", strokeWidth: 4, strokeColor: "#ffffff"},
    scaling: {label: {drawThreshold: 1000, maxVisible: 22}},  // set by updateLabels
  };
}
function edgeItem(e) {
  return {
    id: e.index, from: e.from, to: e.to, label: e.predicate, title: e.subject + " –" + e.predicate + "→ " + e.object,
    arrows: "to", dashes: !e.fact, width: 1 + Math.min(4, Math.log2(e.evidence.length)),
    color: {color: "#9AA1AC", highlight: "#2A2C34", hover: "#6D7B8D"},
    font: {size: 11, align: "middle", color: "#4a4f5a", strokeWidth: 3, strokeColor: "#ffffff"},
    scaling: {label: {drawThreshold: 8}},  // predicates show once the view is zoomed in enough to read them
  };
}

const nodeSet = new vis.DataSet(DATA.nodes.map(nodeItem));
const edgeSet = new vis.DataSet(DATA.edges.map(edgeItem));
const nodeView = new vis.DataView(nodeSet, {filter: item => visible.nodes.has(item.id)});
const edgeView = new vis.DataView(edgeSet, {filter: item => visible.edges.has(item.id)});
visible = computeVisible();
nodeView.refresh();
edgeView.refresh();

const network = new vis.Network(document.getElementById("graph"), {nodes: nodeView, edges: edgeView}, {
  layout: {randomSeed: 7, improvedLayout: DATA.nodes.length <= 150},
  physics: {
    enabled: true, solver: "forceAtlas2Based",
    forceAtlas2Based: {gravitationalConstant: -70, centralGravity: 0.012, springLength: 110, springConstant: 0.06,
                       avoidOverlap: 0.4},
    stabilization: {enabled: true, iterations: 1200, updateInterval: 50, fit: false},
  },
  interaction: {hover: true, tooltipDelay: 250},
  edges: {smooth: {type: "continuous"}},
});

// Names: the most important shown actors' always, readable at every zoom; the others, in
// order of importance, wherever they have room on screen (none covers a name already
// placed), and all of them from ALL_NAMES_SCALE on. Recomputed as the view zooms.
const measure = document.createElement("canvas").getContext("2d");
const widths = new Map();
function textWidth(text, px) {
  const key = px + "\u0000" + text;
  if (!widths.has(key)) { measure.font = px + "px arial"; widths.set(key, measure.measureText(text).width); }
  return widths.get(key);
}
let labelled = {scale: null, visible: null, revealed: 0};
function updateLabels(force = false) {
  const scale = network.getScale();
  if (!force && labelled.visible === visible && labelled.revealed === state.revealed.size
      && Math.abs(labelled.scale - scale) < 0.01 * scale) return;
  labelled = {scale, visible, revealed: state.revealed.size};
  const shown = ranked.filter(n => visible.nodes.has(n.id));
  pinned = new Set(shown.slice(0, DATA.alwaysLabelled).map(n => n.id));
  for (const id of state.revealed) if (visible.nodes.has(id)) pinned.add(id);
  const all = scale >= ALL_NAMES_SCALE;
  const positions = network.getPositions(shown.map(n => n.id));
  const placed = [];
  const updates = [];
  for (const n of [...shown.filter(n => pinned.has(n.id)), ...shown.filter(n => !pinned.has(n.id))]) {
    const keep = pinned.has(n.id);
    const px = Math.min(22, Math.max(keep ? LABEL_FONT : OTHER_LABEL_FONT, LABEL_FONT * scale));
    const p = positions[n.id];
    const half = textWidth(n.name, px) / 2 + 3;
    const top = p.y * scale + nodeSize(n) * scale;
    const box = {left: p.x * scale - half, right: p.x * scale + half, top, bottom: top + px * 1.3};
    const room = !placed.some(q => q.left < box.right && box.left < q.right && q.top < box.bottom && box.top < q.bottom);
    const show = keep || all || room;
    if (show) placed.push(box);
    updates.push({id: n.id, font: {size: Math.max(LABEL_FONT, px / scale)},
                  scaling: {label: {drawThreshold: show ? 0 : 1000, maxVisible: 22}}});
  }
  nodeSet.update(updates);
}
network.on("zoom", () => updateLabels());
network.on("dragEnd", () => updateLabels(true));

// Fit the shown nodes and their labels inside the canvas (vis-network's own fit ignores labels).
function fitWithLabels() {
  const ids = [...visible.nodes];
  if (!ids.length) return;
  for (let round = 0; round < 3; round++) {
    updateLabels(true);
    network.redraw();
    const box = {left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity};
    for (const id of ids) {
      const node = network.body.nodes[id];
      if (!node) continue;
      const b = node.shape.boundingBox;
      box.left = Math.min(box.left, b.left); box.right = Math.max(box.right, b.right);
      box.top = Math.min(box.top, b.top); box.bottom = Math.max(box.bottom, b.bottom);
      const label = node.labelModule;
      if (label.visible() && label.size.width) {
        box.left = Math.min(box.left, label.size.left); box.right = Math.max(box.right, label.size.left + label.size.width);
        box.top = Math.min(box.top, label.size.top); box.bottom = Math.max(box.bottom, label.size.top + label.size.height);
      }
    }
    const canvas = document.getElementById("graph").getBoundingClientRect();
    const margin = 24;
    const scale = Math.min((canvas.width - 2 * margin) / Math.max(1, box.right - box.left),
                           (canvas.height - 2 * margin) / Math.max(1, box.bottom - box.top), 1.5);
    network.moveTo({position: {x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2}, scale});
  }
  updateLabels();
}

// The page shows the graph once the layout has run its iterations: it does not move
// afterwards unless the reader turns physics on.
function settle() {
  window.kgReady = false;
  document.body.classList.remove("ready");
  network.setOptions({physics: {enabled: true}});
  network.stabilize(visible.nodes.size > 60 ? 1200 : 600);
}
let held = [];  // actors held in place while newly shown ones find theirs
network.on("stabilizationIterationsDone", () => {
  if (!document.getElementById("physics").checked) network.setOptions({physics: {enabled: false}});
  if (held.length) nodeSet.update(held.map(id => ({id, fixed: false})));
  held = [];
  fitWithLabels();
  document.body.classList.add("ready");
  window.kgReady = true;
});
document.getElementById("physics").addEventListener("change", event => {
  network.setOptions({physics: {enabled: event.target.checked}});
});

// --- heading and counts ----------------------------------------------------------------

function updateCounts() {
  const text = visible.nodes.size + " of " + plural(DATA.nodes.length, "actor") + " · "
    + visible.edges.size + " of " + plural(DATA.edges.length, "relation") + " shown";
  document.getElementById("counts").textContent = text;
  document.title = DATA.title + " — " + text;
  const more = visible.candidates > state.top;
  document.getElementById("more").hidden = !more;
  document.getElementById("all").hidden = !more;
  document.getElementById("more").textContent = "Show " + Math.min(100, visible.candidates - state.top) + " more actors";
}

// Filters keep the reader's map: actors stay where they were, one shown again returns to
// its place, and only actors never laid out yet are placed (around the others, held still).
// Returns true when a layout runs (the view is ready again at stabilizationIterationsDone).
const placedAt = {};
function refresh() {
  Object.assign(placedAt, network.getPositions());
  const before = visible.nodes;
  visible = computeVisible();
  nodeView.refresh();
  edgeView.refresh();
  updateCounts();
  const fresh = [...visible.nodes].filter(id => !(id in placedAt));
  for (const id of visible.nodes) {
    if (!before.has(id) && id in placedAt) network.moveNode(id, placedAt[id].x, placedAt[id].y);
  }
  if (!fresh.length) {
    fitWithLabels();
    return false;
  }
  held = [...visible.nodes].filter(id => id in placedAt);
  nodeSet.update(held.map(id => ({id, fixed: true})));
  settle();
  return true;
}

document.getElementById("heading").textContent = DATA.title;
document.getElementById("more").addEventListener("click", () => { state.top += 100; refresh(); });
document.getElementById("all").addEventListener("click", () => { state.top = DATA.nodes.length; refresh(); });

// --- filters ----------------------------------------------------------------------------

const typeCounts = {};
for (const n of DATA.nodes) typeCounts[n.type] = (typeCounts[n.type] || 0) + 1;
for (const [type, style] of Object.entries(STYLES)) {
  const label = el("label");
  const box = el("input");
  box.type = "checkbox"; box.checked = true; box.value = type; box.dataset.filter = "type";
  box.addEventListener("change", () => { box.checked ? state.types.add(type) : state.types.delete(type); refresh(); });
  const dot = el("i", "dot");
  dot.style.background = style.color; dot.style.borderColor = style.border;
  label.append(box, dot, document.createTextNode(type + " (" + (typeCounts[type] || 0) + ")"));
  document.getElementById("types").append(label);
}

const predicateCounts = {};
for (const e of DATA.edges) predicateCounts[e.predicate] = (predicateCounts[e.predicate] || 0) + 1;
const predicateBoxes = [];
for (const predicate of PREDICATES) {
  const label = el("label");
  const box = el("input");
  box.type = "checkbox"; box.checked = true; box.value = predicate; box.dataset.filter = "predicate";
  box.addEventListener("change", () => {
    box.checked ? state.predicates.add(predicate) : state.predicates.delete(predicate);
    refresh();
  });
  predicateBoxes.push(box);
  label.append(box, document.createTextNode(" " + predicate + " (" + predicateCounts[predicate] + ")"));
  document.getElementById("predicates").append(label);
}
function setAllPredicates(on) {
  for (const box of predicateBoxes) box.checked = on;
  state.predicates = new Set(on ? PREDICATES : []);
  refresh();
}
document.getElementById("predicates-all").addEventListener("click", () => setAllPredicates(true));
document.getElementById("predicates-none").addEventListener("click", () => setAllPredicates(false));

const dates = DATA.edges.flatMap(e => e.evidence.map(ev => ev.date)).filter(Boolean).sort();
const dateNote = document.getElementById("date-range");
if (dates.length) {
  const first = dates[0], last = dates[dates.length - 1];
  for (const id of ["date-from", "date-to"]) {
    document.getElementById(id).min = (first + "-01-01").slice(0, 10);
    document.getElementById(id).max = (last + "-12-31").slice(0, 10);
  }
  dateNote.textContent = "Dated " + first + " to " + last + " (a relation's own date, else its article's). "
    + "Undated relations are hidden once a date is set.";
} else {
  dateNote.textContent = "No relation is dated.";
}
for (const [id, key] of [["date-from", "from"], ["date-to", "to"]]) {
  document.getElementById(id).addEventListener("change", event => { state[key] = event.target.value; refresh(); });
}
document.getElementById("facts-only").addEventListener("change", event => {
  state.factsOnly = event.target.checked;
  refresh();
});

// --- search -----------------------------------------------------------------------------

const names = document.getElementById("actor-names");
for (const n of ranked) {
  const option = el("option");
  option.value = n.name;
  names.append(option);
}

function distance(a, b) {  // Levenshtein, for "did you mean"
  let row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

// Actors matching the text: a name or alias equal to it, then names with a word starting
// with it, then names containing it; in rank order within each.
function findActors(text) {
  const q = fold(text);
  if (!q) return [];
  const keys = n => [n.name, ...n.aliases].map(fold);
  const exact = ranked.filter(n => keys(n).includes(q));
  const prefix = ranked.filter(n => !exact.includes(n) && keys(n).some(k => k.startsWith(q) || k.split(/[\s\-.]+/).some(w => w.startsWith(q))));
  const inside = ranked.filter(n => !exact.includes(n) && !prefix.includes(n) && keys(n).some(k => k.includes(q)));
  return [...exact, ...prefix, ...inside];
}

function focusActor(id) {
  const focus = () => {
    network.selectNodes([id]);
    network.focus(id, {scale: Math.max(network.getScale(), 1.1), animation: false});
    updateLabels(true);
  };
  showNode(byId.get(id));
  if (!visible.nodes.has(id)) {
    state.revealed.add(id);
    if (refresh()) {
      network.once("stabilizationIterationsDone", focus);
      return;
    }
  }
  focus();
}

const found = document.getElementById("found");
document.getElementById("find").addEventListener("submit", event => {
  event.preventDefault();
  const text = document.getElementById("search").value;
  found.replaceChildren();
  const matches = findActors(text);
  if (!matches.length) {
    const q = fold(text);
    const words = n => [n.name, ...n.aliases].map(fold).flatMap(k => [k, ...k.split(/[\s\-.]+/)]);
    const near = ranked.map(n => [Math.min(...words(n).map(w => distance(q, w))), n])
      .sort((a, b) => a[0] - b[0] || a[1].rank - b[1].rank).slice(0, 3).map(pair => pair[1]);
    found.append(document.createTextNode("No actor matches “" + text + "”." + (near.length ? " Nearest: " : "")));
    near.forEach(n => found.append(matchButton(n)));
    return;
  }
  focusActor(matches[0].id);
  if (matches.length > 1) {
    found.append(document.createTextNode(plural(matches.length, "actor") + " match; showing " + matches[0].name + ". Others:"));
    matches.slice(1, 8).forEach(n => found.append(matchButton(n)));
  } else {
    found.textContent = "Found " + matches[0].name + ".";
  }
});
function matchButton(n) {
  const button = el("button", "match", n.name + " (" + n.type + ")");
  button.type = "button";
  button.addEventListener("click", () => focusActor(n.id));
  return button;
}

// --- details panel ------------------------------------------------------------------------

const details = document.getElementById("details");
function showEvidence(list) {
  for (const ev of list) {
    const box = el("div", "ev");
    box.append(el("div", "", ev.sentence));
    box.append(el("div", "meta", [ev.article, ev.date || ev.published, ev.qualifiers].filter(Boolean).join(" · ")));
    details.append(box);
  }
}
function showEdge(e) {
  details.replaceChildren();
  details.append(el("h2", "", e.subject + " –" + e.predicate + "→ " + e.object));
  details.append(el("p", "meta", plural(e.evidence.length, "sentence")));
  showEvidence(e.evidence);
}
function showNode(n) {
  details.replaceChildren();
  details.append(el("h2", "", n.name));
  details.append(el("p", "meta", n.type + " · " + plural(n.relations, "relation") + " · " + plural(n.statements, "sentence")
    + (n.aliases.length ? " · also: " + n.aliases.join(", ") : "")));
  for (const e of DATA.edges.filter(x => x.from === n.id || x.to === n.id)) {
    details.append(el("p", "", e.subject + " –" + e.predicate + "→ " + e.object));
    showEvidence(e.evidence.slice(0, 3));
  }
}
network.on("click", params => {
  if (params.edges.length && !params.nodes.length) showEdge(DATA.edges[params.edges[0]]);
  else if (params.nodes.length) showNode(byId.get(params.nodes[0]));
});

updateCounts();
if (!visible.nodes.size) {
  document.body.classList.add("ready");
  window.kgReady = true;
}
