// staff.js: all behaviour of the lotsa staff console: login and logout, the
// staff WebSocket (/staff/ws) with reconnect, the live queue, claiming, the
// conversations of the logged-in coordinator (transcript, reply, canned
// replies, transfer, close), presence, and attention signals for a hidden tab
// (title count, alert favicon, a short WebAudio beep).
//
// Rules kept on purpose:
// - Server and user text is only ever set with textContent (never innerHTML);
//   user text sits in a <bdi> with the case's dir, so bidi controls stay inside.
// - No inline styles (CSP style-src 'self'): visibility via `hidden`/classes.
// - The CSRF token lives in memory only; nothing is stored in the browser.
"use strict";

const $ = (id) => document.getElementById(id);
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}
const str = (v) => typeof v === "string" && v !== "";
const dirOf = (d) => (d === "rtl" || d === "ltr" ? d : "auto");

// ---------------------------------------------------------------- labels
// The words come from the server (assets/staff-<lang>.ftl): /staff/words.json in the
// browser's language for the login form, then the hello frame's, in the staff member's.
// {x}, {y}, {n}, {t} are filled in. Only "network" is here, for when nothing loads.
const L = { network: "Could not reach the server." };
const t = (k, v) => (L[k] || k).replace(/\{(\w)\}/g, (_, n) => (v && v[n] != null ? v[n] : ""));

function applyLabels() {
  for (const e of document.querySelectorAll("[data-l]")) if (L[e.dataset.l]) e.textContent = L[e.dataset.l];
  for (const e of document.querySelectorAll("[data-lp]")) if (L[e.dataset.lp]) e.placeholder = L[e.dataset.lp];
}

// ---------------------------------------------------------------- elements
const connEl = $("conn"), alertEl = $("alert"), liveEl = $("live"), fav = $("favicon");
const loginMain = $("login"), loginForm = $("login-form"), loginMsg = $("login-msg");
const appMain = $("app"), meBox = $("me"), avail = $("avail");
const mineUl = $("mine"), queueUl = $("queue");
const cNone = $("c-none"), cBox = $("c-box"), cTitle = $("c-title"), transcript = $("transcript");
const ta = $("text"), cannedSel = $("canned"), cannedPrev = $("canned-prev");
const dlgT = $("dlg-transfer"), dlgQ = $("dlg-confirm");
const MAX_TEXT = 2000;

// ---------------------------------------------------------------- state
let csrf = null; // memory only
let hello = null;
let ws = null, wantWs = false, retries = 0, retryTimer = 0;
let cases = []; // last queue snapshot
let snapAt = 0; // performance.now() when it arrived
let queuedBefore = null; // codes queued in the previous snapshot (null: none yet)
const convs = new Map(); // my conversations: code -> {code, info, ol, unread, ended, seen, draft}
let openCode = null;
const claiming = new Set();
let attention = 0; // things that happened while the tab was hidden

// ---------------------------------------------------------------- http
async function api(method, path, body) {
  const headers = {};
  if (body) headers["content-type"] = "application/json";
  if (csrf && method !== "GET") headers["x-csrf-token"] = csrf;
  const r = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: "no-store", credentials: "same-origin" });
  let j = null;
  try { j = await r.json(); } catch { /* empty or not JSON */ }
  return { status: r.status, j: j || {} };
}

async function loadWords() {
  try {
    const r = await api("GET", "/staff/words.json");
    if (r.status === 200) setWords(r.j.ui, r.j.lang);
  } catch { /* the page's English defaults stay */ }
}

function setWords(ui, lang) {
  if (!ui || typeof ui !== "object") return;
  for (const [k, v] of Object.entries(ui)) if (str(v)) L[k] = v;
  if (str(lang)) document.documentElement.lang = lang;
  applyLabels();
}

async function boot() {
  if (!L.title) await loadWords();
  try {
    const r = await api("GET", "/staff/me");
    if (r.status === 200) return loggedIn(r.j);
    if (r.status === 401) return showLogin("");
    showAlert(L.network);
  } catch { showAlert(L.network); }
  setTimeout(boot, 5000);
}

function showLogin(msg) {
  wantWs = false;
  dropSocket();
  resetState();
  appMain.hidden = true;
  meBox.hidden = true;
  connEl.textContent = "";
  loginMain.hidden = false;
  loginMsg.hidden = !msg;
  loginMsg.textContent = msg;
  $("l-id").focus();
}

loginForm.addEventListener("submit", async (e) => {
  e.preventDefault();
  const id = $("l-id").value.trim(), password = $("l-pw").value, totp = $("l-totp").value.trim();
  if (!id || !password) { loginErr(L.login_failed); return; }
  const body = { id, password };
  if (totp) body.totp = totp;
  const go = $("l-go");
  go.disabled = true;
  try {
    const r = await api("POST", "/staff/login", body);
    if (r.status === 200) {
      csrf = str(r.j.csrf) ? r.j.csrf : null;
      loginForm.reset();
      const m = await api("GET", "/staff/me");
      if (m.status === 200) loggedIn(m.j);
      else loginErr(L.login_error);
    } else if (r.status === 429) {
      // "busy": the server is checking many logins at once (not this account's limit).
      loginErr(r.j && r.j.error === "busy" ? L.login_busy : L.login_limited);
    }
    else if (r.status === 401) { $("l-pw").value = ""; loginErr(L.login_failed); }
    else loginErr(L.login_error);
  } catch { loginErr(L.network); }
  go.disabled = false;
});

function loginErr(msg) {
  loginMsg.textContent = msg;
  loginMsg.hidden = false;
}

function loggedIn(j) {
  if (str(j.csrf)) csrf = j.csrf;
  loginMain.hidden = true;
  appMain.hidden = false;
  meBox.hidden = false;
  $("who").textContent = str(j.staff) ? j.staff : "";
  wantWs = true;
  retries = 0;
  connect();
  pushSetup();
}

// ---------------------------------------------------------------- on-call push
// "Notify me on this device": a Web Push subscription through /staff/sw.js, so a case
// waiting for my team reaches this device with the browser closed. The server signs
// with a VAPID key derived from its secret; when that key changes (a key rotation) the
// old subscription is replaced here, on the next load.
const pushBox = $("push-box"), pushEl = $("push");
let pushReg = null, pushKey = null;

const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
function fromB64url(s) {
  const raw = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

async function pushSetup() {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  try {
    pushReg = await navigator.serviceWorker.register("/staff/sw.js", { scope: "/staff/" });
    const r = await api("GET", "/staff/push/key");
    if (r.status !== 200 || !str(r.j.key)) return;
    pushKey = r.j.key;
    pushBox.hidden = false;
    let sub = await pushReg.pushManager.getSubscription();
    if (sub && sub.options.applicationServerKey && b64url(sub.options.applicationServerKey) !== pushKey) {
      // Made under the server's previous key: it would be refused. Subscribe again.
      await sub.unsubscribe();
      sub = Notification.permission === "granted" ? await pushSubscribe() : null;
    }
    if (sub) await api("POST", "/staff/push/subscribe", sub.toJSON()); // renews it
    pushEl.checked = !!sub;
  } catch { pushBox.hidden = true; }
}

async function pushSubscribe() {
  return pushReg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: fromB64url(pushKey) });
}

pushEl.addEventListener("change", async () => {
  if (!pushReg || !pushKey) return;
  try {
    if (pushEl.checked) {
      if ((await Notification.requestPermission()) !== "granted") { pushEl.checked = false; showAlert(L.push_denied); return; }
      const sub = await pushSubscribe();
      const r = await api("POST", "/staff/push/subscribe", sub.toJSON());
      if (r.status !== 204) { pushEl.checked = false; showAlert(L.push_failed); }
    } else {
      const sub = await pushReg.pushManager.getSubscription();
      if (sub) {
        await api("POST", "/staff/push/unsubscribe", { endpoint: sub.endpoint });
        await sub.unsubscribe();
      }
    }
  } catch { pushEl.checked = false; showAlert(L.push_failed); }
});

$("logout").addEventListener("click", () => {
  const n = liveCount();
  if (n) confirmBox(L.logout_h, t("logout_text", { n }), L.logout_btn, logout);
  else logout();
});

async function logout() {
  try { await api("POST", "/staff/logout"); } catch { /* logged out locally all the same */ }
  csrf = null;
  showLogin(L.logged_out);
}

// ---------------------------------------------------------------- socket
const isOpen = () => ws !== null && ws.readyState === WebSocket.OPEN;
function send(o) {
  if (!isOpen()) { showAlert(L.e_offline); return false; }
  ws.send(JSON.stringify(o));
  return true;
}

function connect() {
  clearTimeout(retryTimer);
  if (!wantWs) return;
  connEl.textContent = retries ? L.reconnecting : L.connecting;
  connEl.className = "bad";
  let s;
  try { s = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/staff/ws"); } catch { again(); return; }
  ws = s;
  s.onopen = () => {
    if (ws !== s) return;
    connEl.textContent = L.connected;
    connEl.className = "ok";
    if (!avail.checked) send({ type: "presence", state: "away" });
  };
  s.onmessage = (e) => { if (ws === s) onFrame(e.data); };
  s.onclose = () => {
    if (ws !== s) return;
    ws = null;
    if (!wantWs) return;
    connEl.textContent = L.reconnecting;
    connEl.className = "bad";
    // Closed because the session ended? Then log in again instead of retrying forever.
    api("GET", "/staff/me").then((r) => {
      if (r.status === 401) showLogin(L.expired);
      else { if (r.status === 200 && str(r.j.csrf)) csrf = r.j.csrf; again(); }
    }, again);
  };
}

// Backoff 1, 2, 4, 8, then every 15 s; reset by a hello, so a server that accepts and
// drops at once is not hammered.
function again() {
  clearTimeout(retryTimer);
  if (!wantWs) return;
  retryTimer = setTimeout(connect, Math.min(1000 * 2 ** retries, 15000));
  retries++;
}

function dropSocket() {
  clearTimeout(retryTimer);
  const s = ws;
  ws = null;
  if (s) try { s.close(); } catch { /* ignore */ }
}

window.addEventListener("online", () => { if (wantWs && !ws) connect(); });

// ---------------------------------------------------------------- frames
function onFrame(data) {
  let f;
  try { f = JSON.parse(data); } catch { return; }
  if (!f || typeof f !== "object") return;
  switch (f.type) {
    case "hello": onHello(f); break;
    case "queue": onQueue(f); break;
    case "message": onMessage(f); break;
    case "typing": onTypingFrame(f); break;
    case "history": onHistory(f); break;
    case "case": onCase(f); break;
    case "error": onError(f); break;
    case "teams": onTeams(f); break;
    case "mailbox": onMailbox(f); break;
    case "mailbox_answered": onMailboxAnswered(f); break;
    case "wrapup": if (f.state === "counted") say(L.wrapup_saved); break;
    case "presence": if (f.state === "available" || f.state === "away") avail.checked = f.state === "available"; break;
    default: break; // unknown frames are ignored so the server can evolve
  }
}

function onHello(f) {
  hello = f;
  retries = 0;
  setWords(f.ui, f.ui_lang);
  updateAttention();
  const regs = Array.isArray(f.regions) ? f.regions.map(regionLabel) : [];
  if (str(f.staff)) $("who").textContent = f.staff;
  $("regs").textContent = $("regs").title = regs.join(", ");
  fillCanned("");
  showPreview();
}

const cannedList = () => (hello && Array.isArray(hello.canned) ? hello.canned.filter((c) => c && str(c.id)) : []);
const regionsAll = () => (hello && Array.isArray(hello.regions_all) ? hello.regions_all.filter((r) => r && str(r.id)) : []);
function regionLabel(id) {
  const r = regionsAll().find((x) => x.id === id);
  return r && str(r.label) ? r.label : String(id);
}
const maxLive = () => (hello && hello.max_live > 0 ? hello.max_live : Infinity);
const liveCount = () => { let n = 0; for (const c of convs.values()) if (!c.ended) n++; return n; };

function onQueue(f) {
  cases = (Array.isArray(f.cases) ? f.cases : []).filter((k) => k && str(k.case));
  snapAt = performance.now();
  const queued = new Set();
  let fresh = 0, urgent = false;
  for (const k of cases) {
    if (k.state === "queued") {
      queued.add(k.case);
      if (queuedBefore && !queuedBefore.has(k.case)) {
        fresh++;
        urgent = urgent || k.urgent === true;
        say(t(k.urgent ? "new_urgent" : "new_case", { x: k.case }));
      }
    }
    if (k.mine && k.state === "live") {
      const c = conv(k.case);
      setInfo(c, k);
      c.seen = true;
      if (claiming.delete(k.case)) openConv(k.case, true);
      else if (!openCode) openConv(k.case, false);
    }
  }
  queuedBefore = queued;
  // A case of mine that is no longer mine (closed or moved while we were away).
  for (const c of convs.values()) {
    if (c.seen && !c.ended && !mineLive(c.code)) end(c, L.ended_closed);
  }
  if (fresh) notify(fresh, urgent);
  renderQueue();
  renderMine();
  if (openCode) renderHead();
}

const mineLive = (code) => cases.some((k) => k.case === code && k.mine && k.state === "live");

function onMessage(f) {
  if (!str(f.case) || typeof f.text !== "string") return;
  if (f.from === "user" && f.case === openCode) typingNote.hidden = true;
  // Only for conversations of mine: a late frame must not bring back a dismissed one.
  const c = convs.get(f.case) || (mineLive(f.case) ? conv(f.case) : null);
  if (!c) return;
  const from = fromOf(f.from);
  // My own text comes back from the server: confirm the bubble shown while sending.
  if (from === "staff") {
    const p = [...c.ol.querySelectorAll("li.pending")].find((li) => li.dataset.text === f.text.trim());
    if (p) { p.classList.remove("pending"); p.querySelector(".who").textContent = L.staff; return; }
  }
  addMsg(c, from, f.text, false, f.at);
  if (from === "staff" || from === "note") return;
  if (!seeing(c)) { c.unread++; renderMine(); }
  notify(1, false);
  say(t("said", { x: c.code, y: f.text }));
}

function onHistory(f) {
  if (!str(f.case) || !Array.isArray(f.messages)) return;
  const c = conv(f.case);
  c.ol.textContent = "";
  for (const m of f.messages) if (m && typeof m.text === "string") addMsg(c, fromOf(m.from), m.text, false, m.at);
  if (c.code === openCode) scrollDown();
}

function onCase(f) {
  if (!str(f.case)) return;
  const mine = hello && f.by === hello.staff;
  if (f.state === "live") {
    if (mine) {
      const c = conv(f.case);
      c.ended = null;
      if (claiming.delete(f.case)) openConv(f.case, true);
      else if (!openCode) openConv(f.case, false);
    } else claiming.delete(f.case);
  } else if (f.state === "transferred" && mine && str(f.to_label)) {
    // My transfer: the conversation stays, saying where it went.
    const c = convs.get(f.case);
    if (c) end(c, t("transferred_to", { x: f.to_label }));
    say(t("transferred_to", { x: f.to_label }));
  } else if (f.state === "closed" || f.state === "transferred") {
    const c = convs.get(f.case);
    if (c && mine) { dismiss(c); if (f.state === "closed") wrapUp(f.case); } // I did it myself, after confirming
    else if (c) end(c, f.state === "transferred" ? L.ended_transferred : L.ended_closed);
  }
  renderQueue();
  renderMine();
}

function onError(f) {
  if (str(f.case)) claiming.delete(f.case);
  showAlert(L["e_" + f.code] || L.e_bad_request);
  renderQueue();
}

// ---------------------------------------------------------------- conversations
function conv(code) {
  let c = convs.get(code);
  if (!c) {
    const ol = el("ol", "msgs");
    c = { code, info: cases.find((k) => k.case === code) || { case: code }, ol, unread: 0, ended: null, seen: false, draft: "" };
    convs.set(code, c);
    renderMine();
  }
  return c;
}

// The case's details; user bubbles follow its language and direction (history may
// arrive before the queue snapshot that carries them).
function setInfo(c, k) {
  c.info = k;
  for (const b of c.ol.querySelectorAll("li.user > bdi")) userDir(b, k);
}
function userDir(b, k) {
  b.dir = dirOf(k.dir);
  if (str(k.lang)) b.lang = k.lang;
}

const fromOf = (f) => (f === "user" || f === "staff" || f === "note" ? f : "system");
// hh:mm in the console's own time zone; a line without a time is from now.
function clock(at) {
  const d = typeof at === "number" && at > 0 ? new Date(at * 1000) : new Date();
  const tm = el("time", "at", d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }));
  tm.dateTime = d.toISOString();
  return tm;
}

function addMsg(c, from, text, pending, at) {
  const li = el("li", "msg " + from + (pending ? " pending" : ""));
  li.append(el("span", "who", pending ? L.sending : from === "note" ? L.note_private : L[from]), " ", clock(at));
  const b = el("bdi", "txt", text);
  if (from === "user") userDir(b, c.info);
  else b.dir = "auto";
  li.append(b);
  if (pending) li.dataset.text = text.trim();
  const atEnd = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40;
  c.ol.append(li);
  if (c.code === openCode && (atEnd || from === "staff")) scrollDown();
}

const seeing = (c) => c.code === openCode && !document.hidden && (wide() || document.body.classList.contains("show-conv"));
function scrollDown() { transcript.scrollTop = transcript.scrollHeight; }
const wide = () => matchMedia("(min-width: 48rem)").matches;

function openConv(code, focus) {
  const c = convs.get(code);
  if (!c) return;
  if (openCode && openCode !== code) { const o = convs.get(openCode); if (o) o.draft = ta.value; }
  if (openCode !== code) { ta.value = c.draft; countText(); }
  openCode = code;
  c.unread = 0;
  cNone.hidden = true;
  cBox.hidden = false;
  $("c-more").open = wide(); // on a phone the answers fold away, one tap to open
  transcript.textContent = "";
  transcript.append(c.ol);
  if (focus) document.body.classList.add("show-conv");
  renderHead();
  renderMine();
  showPreview();
  scrollDown();
  if (focus) (c.ended ? cTitle : ta).focus();
}

function renderHead() {
  const c = convs.get(openCode);
  if (!c) return;
  const k = c.info;
  cTitle.textContent = t("case_t", { x: c.code });
  if (k.urgent) cTitle.prepend(el("span", "badge urgent", "⚠ " + L.urgent), " ");
  if (k.person === "gone") cTitle.append(" ", el("span", "badge gone", L.gone_long));
  const meta = $("c-meta");
  meta.textContent = "";
  metaInto(meta, k);
  const n = groupsInto($("c-tags"), k);
  $("c-more").hidden = !n;
  $("c-sum").textContent = t("answers", { n });
  noteInto($("c-note"), k);
  const ended = $("c-ended");
  ended.hidden = !c.ended;
  ended.textContent = c.ended || "";
  $("c-transfer").hidden = $("c-close").hidden = !!c.ended;
  $("c-dismiss").hidden = !c.ended;
  $("tools").hidden = !!c.ended;
}

// Region · language (direction) · channel
// `compact` (the queue's one row): the region's short name, and no review note.
function metaInto(p, k, compact) {
  const region = str(k.region_label) ? k.region_label : str(k.region) ? regionLabel(k.region) : "";
  p.append(compact ? region.split(" (")[0] : region);
  if (compact) p.title = region;
  if (str(k.lang_name) || str(k.lang)) {
    const n = el("bdi", "lang", str(k.lang_name) ? k.lang_name : k.lang);
    n.dir = dirOf(k.dir);
    if (str(k.lang)) n.lang = k.lang;
    p.append(" · ", n, k.dir === "rtl" || k.dir === "ltr" ? " (" + L[k.dir] + ")" : "");
    if (!compact && (k.lang_status === "draft" || k.lang_status === "machine-drafted")) p.append(" · ", el("span", "unreviewed", t("s_" + k.lang_status, { n: Number(k.lang_reviewed) || 0 })));
  }
  if (str(k.channel)) p.append(" · " + (L[k.channel] || k.channel));
  // Overflowed here from a closed or silent team: whose queue it waits in now.
  if (str(k.overflow_from) && str(k.team)) p.append(" · " + t("via", { x: regionLabel(k.team) }));
}

// The answers in groups: safety, who, signs (n yes of m answered), rights read, needs.
function groupsInto(box, k) {
  box.textContent = "";
  let n = 0;
  for (const g of Array.isArray(k.groups) ? k.groups : []) {
    if (!g || !str(g.group) || !Array.isArray(g.labels)) continue;
    const li = el("li", "group");
    const title = g.group === "signs" ? t("g_signs", { y: g.yes || 0, n: g.answered || 0 }) : L["g_" + g.group] || g.group;
    li.append(el("h3", null, title));
    const ul = el("ul", "tags");
    for (const l of g.labels) if (str(l)) { ul.append(el("li", null, l)); n++; }
    li.append(ul);
    box.append(li);
  }
  return n;
}

function noteInto(p, k) {
  p.textContent = "";
  if (str(k.from_region)) p.append(el("span", "from", t("from_region", { x: regionLabel(k.from_region) })));
  if (str(k.note)) {
    const b = el("bdi", null, k.note);
    b.dir = "auto";
    p.append(p.firstChild ? " — " : "", L.note + " ", b);
  }
  p.hidden = !p.firstChild;
}

function end(c, why) {
  c.ended = why;
  if (c.code === openCode) renderHead();
  renderMine();
}

function dismiss(c) {
  convs.delete(c.code);
  renderMine();
  renderQueue();
  if (openCode === c.code) {
    openCode = null;
    ta.value = "";
    transcript.textContent = "";
    cBox.hidden = true;
    cNone.hidden = false;
    document.body.classList.remove("show-conv");
    const next = convs.keys().next();
    if (!next.done && wide()) openConv(next.value, true);
    else focusList();
  }
}

function focusList() {
  const b = mineUl.querySelector("button") || queueUl.querySelector("button") || $("queue-h");
  if (b) { if (!b.hasAttribute("tabindex") && b.tagName === "H2") b.tabIndex = -1; b.focus(); }
}

// ---------------------------------------------------------------- rendering
function renderMine() {
  const focused = document.activeElement && mineUl.contains(document.activeElement) ? document.activeElement.dataset.code : null;
  mineUl.textContent = "";
  for (const c of convs.values()) {
    const b = el("button", "tab");
    b.type = "button";
    b.dataset.code = c.code;
    if (c.code === openCode) b.setAttribute("aria-current", "true");
    if (c.info.urgent) b.append(el("span", "badge urgent", "⚠ " + L.urgent), " ");
    b.append(el("span", "code", c.code));
    const m = el("span", "meta");
    metaInto(m, c.info);
    b.append(m);
    if (c.ended) b.append(el("span", "ended", c.ended));
    if (c.unread) b.append(el("span", "unread", t("unread", { n: c.unread })));
    const li = el("li");
    li.append(b);
    mineUl.append(li);
    if (focused === c.code) b.focus();
  }
  const n = liveCount();
  $("mine-n").textContent = convs.size ? "(" + n + (isFinite(maxLive()) ? "/" + maxLive() : "") + ")" : "";
  $("mine-none").hidden = convs.size > 0;
  updateAttention();
}

mineUl.addEventListener("click", (e) => {
  const b = e.target instanceof Element ? e.target.closest("button[data-code]") : null;
  if (b) openConv(b.dataset.code, true);
});

function sorted() {
  const rank = (k) => (k.state === "queued" ? 0 : 1);
  return cases
    .filter((k) => !(k.mine && k.state === "live"))
    .sort((a, b) => rank(a) - rank(b) || (b.urgent === true) - (a.urgent === true) || (b.waiting_secs || 0) - (a.waiting_secs || 0));
}

function renderQueue() {
  const a = document.activeElement;
  const refocus = a && queueUl.contains(a) ? a.dataset.code : null;
  queueUl.textContent = "";
  const full = liveCount() >= maxLive();
  let waiting = 0;
  for (const k of sorted()) {
    const queued = k.state === "queued";
    if (queued) waiting++;
    // One compact row: urgent, region, language, channel, waiting time, Claim. The
    // answers and notes are in the case view, so a long case never pushes others away.
    const li = el("li", "case" + (k.urgent ? " urgent" : "") + (queued ? "" : " taken"));
    const h = el("div", "rhead");
    if (k.urgent) h.append(el("strong", "badge urgent", "⚠ " + L.urgent));
    if (k.escalated) h.append(el("span", "badge", L.escalated));
    h.append(el("span", "code", k.case));
    if (k.person === "gone") h.append(el("span", "badge gone", L.gone));
    const m = el("span", "meta");
    metaInto(m, k, true);
    h.append(m);
    const w = el("span", "wait");
    if (queued) { w.dataset.s = k.waiting_secs || 0; w.textContent = waitText(w); } else w.textContent = t("with", { x: str(k.staff) ? k.staff : "?" });
    h.append(w);
    li.append(h);
    if (queued) {
      const b = el("button", "claim primary", claiming.has(k.case) ? L.claiming : L.claim);
      b.type = "button";
      b.dataset.code = k.case;
      b.setAttribute("aria-label", claiming.has(k.case) ? L.claiming : t("claim_case", { x: k.case }));
      b.disabled = claiming.has(k.case) || full;
      li.append(b);
    }
    queueUl.append(li);
  }
  if (refocus) {
    const b = queueUl.querySelector(`button[data-code="${CSS.escape(refocus)}"]`);
    if (b && !b.disabled) b.focus();
    else focusList();
  }
  $("queue-n").textContent = waiting ? "(" + waiting + ")" : "";
  $("queue-none").hidden = queueUl.firstChild !== null;
  const lim = $("limit");
  lim.hidden = !full || !waiting;
  lim.textContent = t("limit", { n: liveCount() });
}

queueUl.addEventListener("click", (e) => {
  const b = e.target instanceof Element ? e.target.closest("button.claim") : null;
  if (!b || b.disabled) return;
  const code = b.dataset.code;
  if (!send({ type: "claim", case: code })) return;
  claiming.add(code);
  setTimeout(() => { if (claiming.delete(code)) renderQueue(); }, 10000);
  renderQueue();
});

function fmt(s) {
  s = Math.max(0, Math.floor(s));
  const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, x = String(s % 60).padStart(2, "0");
  return h ? h + ":" + String(m).padStart(2, "0") + ":" + x : m + ":" + x;
}
const waitText = (w) => t("waiting", { t: fmt(Number(w.dataset.s) + (performance.now() - snapAt) / 1000) });
setInterval(() => { for (const w of queueUl.querySelectorAll(".wait[data-s]")) w.textContent = waitText(w); }, 1000);

// ---------------------------------------------------------------- composing
function countText() { $("text-n").textContent = ta.value.length + "/" + MAX_TEXT; }
ta.addEventListener("input", countText);
ta.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    $("composer").requestSubmit();
  }
});

$("composer").addEventListener("submit", (e) => {
  e.preventDefault();
  const c = convs.get(openCode);
  const text = ta.value.trim().slice(0, MAX_TEXT);
  if (!c || c.ended || !text) return;
  if (!send({ type: "say", case: c.code, text })) return;
  addMsg(c, "staff", text, true);
  ta.value = "";
  c.draft = "";
  countText();
});

// Canned replies: a search box filters the list ("/" jumps to it from anywhere but a
// text field); Enter in the box picks the first match.
const cannedQ = $("canned-q");
function fillCanned(q) {
  const keep = cannedSel.value;
  const words = q.trim().toLowerCase();
  cannedSel.textContent = "";
  const list = cannedList().filter((c) => !words || (str(c.label) ? c.label : c.id).toLowerCase().includes(words));
  cannedSel.append(new Option(list.length ? L.canned_pick : L.canned_none, ""));
  for (const c of list) cannedSel.append(new Option(str(c.label) ? c.label : c.id, c.id));
  if (list.some((c) => c.id === keep)) cannedSel.value = keep;
  return list;
}
cannedQ.addEventListener("input", () => { fillCanned(cannedQ.value); showPreview(); });
cannedQ.addEventListener("keydown", (e) => {
  if (e.key !== "Enter") return;
  e.preventDefault();
  const list = fillCanned(cannedQ.value);
  if (list.length) { cannedSel.value = list[0].id; showPreview(); $("canned-send").focus(); }
});
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
  const a = document.activeElement;
  if (a && (a.tagName === "TEXTAREA" || a.tagName === "INPUT" || a.tagName === "SELECT" || a.isContentEditable)) return;
  if (!openCode || cBox.hidden || $("tools").hidden) return;
  e.preventDefault();
  cannedQ.focus();
  cannedQ.select();
});

// Private notes: staff only, sealed with the case, shown to its holders, gone with it.
$("note-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const c = convs.get(openCode), box = $("note-text");
  const text = box.value.trim().slice(0, MAX_TEXT);
  if (!c || c.ended || !text) return;
  if (!send({ type: "note", case: c.code, text })) return;
  box.value = "";
});

function showPreview() {
  const c = convs.get(openCode);
  const k = cannedList().find((x) => x.id === cannedSel.value);
  cannedPrev.textContent = "";
  cannedPrev.hidden = !k || !c;
  $("canned-send").disabled = !k;
  if (!k || !c) return;
  const texts = k.texts && typeof k.texts === "object" ? k.texts : {};
  const lang = c.info.lang;
  cannedPrev.append(el("span", "who", t("preview", { x: c.info.lang_name || lang || "" })));
  if (str(texts[lang])) {
    const b = el("bdi", null, texts[lang]);
    b.dir = dirOf(c.info.dir);
    b.lang = lang;
    cannedPrev.append(b);
  } else cannedPrev.append(t("canned_missing", { x: c.info.lang_name || lang || "?" }));
}
cannedSel.addEventListener("change", showPreview);

$("canned-send").addEventListener("click", () => {
  const c = convs.get(openCode);
  const k = cannedList().find((x) => x.id === cannedSel.value);
  if (!c || c.ended || !k) return;
  if (!send({ type: "canned", case: c.code, id: k.id })) return;
  const texts = k.texts && typeof k.texts === "object" ? k.texts : {};
  if (str(texts[c.info.lang])) addMsg(c, "staff", texts[c.info.lang], true);
  cannedSel.value = "";
  cannedQ.value = "";
  fillCanned("");
  showPreview();
  ta.focus();
});

// ---------------------------------------------------------------- dialogs
let returnFocus = null;
function openDialog(d) {
  returnFocus = document.activeElement;
  d.showModal();
}
for (const d of [dlgT, dlgQ]) {
  d.querySelector(".cancel").addEventListener("click", () => d.close());
  d.addEventListener("close", () => { if (returnFocus && returnFocus.isConnected) returnFocus.focus(); returnFocus = null; });
}

$("c-transfer").addEventListener("click", () => {
  const c = convs.get(openCode);
  if (!c) return;
  $("t-h").textContent = t("transfer_h", { x: c.code });
  const sel = $("t-region");
  sel.textContent = "";
  sel.append(new Option(L.pick_team, ""));
  for (const r of regionsAll()) if (r.id !== c.info.region) sel.append(new Option(str(r.label) ? r.label : r.id, r.id));
  $("t-note").value = "";
  $("t-err").hidden = true;
  teamStates = null;
  send({ type: "teams" }); // fresh states: a team may have closed since the console loaded
  openDialog(dlgT);
});

// Each region's team now, from the server: the dialog marks closed and missing teams.
let teamStates = null;
function onTeams(f) {
  if (!Array.isArray(f.teams)) return;
  teamStates = new Map(f.teams.filter((x) => x && str(x.id)).map((x) => [x.id, x]));
  const sel = $("t-region");
  for (const o of sel.options) {
    const k = teamStates.get(o.value);
    if (!k) continue;
    const label = str(k.label) ? k.label : k.id;
    o.textContent = label + " — " + teamText(k);
  }
}
function teamText(k) {
  const when = str(k.opens) ? new Date(k.opens).toLocaleString([], { weekday: "short", hour: "2-digit", minute: "2-digit" }) : "";
  if (k.state === "open") return L.team_open;
  if (k.state === "none") return k.answering ? L.team_none_open : L.team_none_closed;
  return when ? t("team_closed_until", { x: when }) : L.team_closed;
}

$("t-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const c = convs.get(openCode), region = $("t-region").value;
  if (!c) { dlgT.close(); return; }
  if (!region) { $("t-err").textContent = L.pick_err; $("t-err").hidden = false; $("t-region").focus(); return; }
  const note = $("t-note").value.trim().slice(0, 300);
  const msg = { type: "transfer", case: c.code, region };
  if (note) msg.note = note;
  const k = teamStates && teamStates.get(region);
  if (k && !k.answering) {
    // Nobody there can answer now: the person would only wait. Ask first.
    dlgT.close();
    confirmBox(L.team_confirm_h, t("team_confirm", { x: (str(k.label) ? k.label : k.id) + " (" + teamText(k) + ")" }), L.team_confirm_btn, () => send({ ...msg, confirm: true }));
    return;
  }
  if (send(msg)) dlgT.close();
});

// Wrap-up after I close a case: what it was about, as anonymous day counts. Optional, one
// screen, nothing typed; the server counts it once, for a case this console closed.
const dlgW = $("dlg-wrapup");
let wrapCode = null;
function wrapUp(code) {
  wrapCode = code;
  $("w-h").textContent = t("wrapup_h", { x: code });
  $("w-form").reset();
  openDialog(dlgW);
}
dlgW.querySelector(".cancel").addEventListener("click", () => dlgW.close());
$("w-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const fd = new FormData($("w-form"));
  const msg = { type: "wrapup", case: wrapCode, done: fd.getAll("done") };
  if (fd.get("form")) msg.form = fd.get("form");
  if (fd.get("who")) msg.who = fd.get("who");
  if (msg.form || msg.who || msg.done.length) send(msg);
  dlgW.close();
});

let onConfirm = null;
function confirmBox(title, text, ok, fn) {
  $("q-h").textContent = title;
  $("q-text").textContent = text;
  $("q-ok").textContent = ok;
  onConfirm = fn;
  openDialog(dlgQ);
}
$("q-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const fn = onConfirm;
  onConfirm = null;
  dlgQ.close();
  if (fn) fn();
});

$("c-close").addEventListener("click", () => {
  const code = openCode;
  if (code) confirmBox(t("close_h", { x: code }), L.close_text, L.close_btn, () => send({ type: "close", case: code }));
});
$("c-dismiss").addEventListener("click", () => { const c = convs.get(openCode); if (c) dismiss(c); });
$("back").addEventListener("click", () => {
  unseenCases = 0;
  renderBackBadge();
  document.body.classList.remove("show-conv");
  const b = mineUl.querySelector(`button[data-code="${CSS.escape(openCode || "")}"]`);
  if (b) b.focus(); else focusList();
});

avail.addEventListener("change", () => send({ type: "presence", state: avail.checked ? "available" : "away" }));

// ---------------------------------------------------------------- attention
let alertTimer = 0;
function showAlert(msg) {
  alertEl.textContent = msg;
  alertEl.hidden = false;
  clearTimeout(alertTimer);
  alertTimer = setTimeout(() => { alertEl.hidden = true; }, 8000);
}

// Screen readers: short polite announcements, the last few kept.
function say(msg) {
  liveEl.append(el("p", null, msg));
  while (liveEl.childElementCount > 3) liveEl.firstChild.remove();
}

// A new case (or an escalation shown to me) alerts in the foreground too: the tone
// (unless "Sound" is off), a badge on "← Cases" when the list is out of sight (a phone
// inside a conversation), and an OS notification when the window is not focused. A
// hidden tab also gets the title count and the alert icon.
let unseenCases = 0;
function notify(n, urgent) {
  beep(urgent);
  if (document.body.classList.contains("show-conv") && !wide()) {
    unseenCases += n;
    renderBackBadge();
  }
  if (!document.hasFocus() && "Notification" in window && Notification.permission === "granted") {
    try { new Notification(L.title, { body: urgent ? L.os_urgent : L.os_new, tag: "lotsa-new", icon: "/staff/icon-alert.svg" }); } catch { /* not allowed here */ }
  }
  if (!document.hidden) return;
  attention += n;
  updateAttention();
}

function renderBackBadge() {
  const back = $("back");
  let b = back.querySelector(".badge");
  if (!unseenCases) { if (b) b.remove(); return; }
  if (!b) { b = el("span", "badge urgent count", ""); back.append(" ", b); }
  b.textContent = String(unseenCases);
  b.setAttribute("aria-label", t("unseen_cases", { n: unseenCases }));
}

function updateAttention() {
  const on = document.hidden && attention > 0;
  document.title = (on ? "(" + attention + ") " : "") + L.title;
  const href = on ? "/staff/icon-alert.svg" : "/staff/icon.svg";
  if (fav.getAttribute("href") !== href) fav.setAttribute("href", href);
}

document.addEventListener("visibilitychange", () => {
  if (!document.hidden) {
    attention = 0;
    const c = convs.get(openCode);
    if (c && seeing(c)) c.unread = 0;
    renderMine();
    if (wantWs && !ws) connect();
  }
  updateAttention();
});

// WebAudio may only start after a user gesture: create the context on the first one.
let actx = null, lastBeep = 0;
function unlock() {
  if (!navigator.userActivation || !navigator.userActivation.isActive) return;
  try {
    if (!actx) actx = new AudioContext();
    else if (actx.state === "suspended") actx.resume();
  } catch { actx = null; }
}
window.addEventListener("pointerdown", unlock, true);
window.addEventListener("keydown", unlock, true);

const soundEl = $("sound");
function beep(urgent) {
  if (!actx || !avail.checked || !soundEl.checked || Date.now() - lastBeep < 1500) return;
  lastBeep = Date.now();
  const t0 = actx.currentTime;
  for (let i = 0; i < (urgent ? 2 : 1); i++) {
    const o = actx.createOscillator(), g = actx.createGain(), s = t0 + i * 0.22;
    o.frequency.value = urgent ? 880 : 660;
    g.gain.setValueAtTime(0.0001, s);
    g.gain.exponentialRampToValueAtTime(0.2, s + 0.02);
    g.gain.exponentialRampToValueAtTime(0.0001, s + 0.16);
    o.connect(g).connect(actx.destination);
    o.start(s);
    o.stop(s + 0.18);
  }
}

function resetState() {
  hello = null;
  cases = [];
  queuedBefore = null;
  convs.clear();
  claiming.clear();
  openCode = null;
  attention = 0;
  ta.value = "";
  transcript.textContent = "";
  cBox.hidden = true;
  cNone.hidden = false;
  document.body.classList.remove("show-conv");
  liveEl.textContent = "";
  renderQueue();
  renderMine();
  // Another staff member may log in next on this browser: no message stays on screen.
  mailItems = [];
  if (dlgM.open) dlgM.close();
  renderMailbox();
}

// ------------------------------------------------------------------ go
applyLabels();
boot();

// ---------------------------------------------------------------- typing
// "is writing…" both ways, with nothing of the text: the person's signal shows under the
// open conversation for a few seconds; mine goes out at most every 2 s while I type.
const typingNote = document.createElement("p");
typingNote.className = "hint typing";
typingNote.setAttribute("aria-live", "polite");
typingNote.hidden = true;
$("composer").before(typingNote);
let typingOff = null, typedAt = 0;
function onTypingFrame(f) {
  if (!str(f.case) || f.case !== openCode) return;
  typingNote.textContent = L.person_typing;
  typingNote.hidden = false;
  clearTimeout(typingOff);
  typingOff = setTimeout(() => { typingNote.hidden = true; }, 6000);
}
ta.addEventListener("input", () => {
  if (!openCode || Date.now() - typedAt < 2000) return;
  const c = convs.get(openCode);
  if (!c || c.ended) return;
  typedAt = Date.now();
  send({ type: "typing", case: openCode });
});

// ---------------------------------------------------------------- mailbox
// Messages left for later in my regions: a list under the queue, and a dialog to read
// one (message, the person's one reply, our answers) and answer it, by text or with a
// canned reply in the person's language. The list is replaced by every `mailbox` frame.
let mailItems = [];
let mailOpen = null;
let mailAt = performance.now();
const mboxUl = $("mbox");
const dlgM = $("dlg-mailbox");

function onMailbox(f) {
  mailItems = (Array.isArray(f.items) ? f.items : []).filter((i) => i && str(i.item));
  mailAt = performance.now();
  renderMailbox();
  if (mailOpen && dlgM.open) {
    const i = mailItems.find((x) => x.item === mailOpen);
    if (i) fillMailThread(i); else dlgM.close();
  }
}

function mailAge(s) {
  s = Math.max(0, Math.floor(s));
  if (s >= 86400) return Math.floor(s / 86400) + " d";
  if (s >= 3600) return Math.floor(s / 3600) + " h";
  return Math.floor(s / 60) + " min";
}

function renderMailbox() {
  mboxUl.textContent = "";
  let fresh = 0;
  for (const i of mailItems) {
    if (i.state === "new") fresh++;
    const li = el("li", "case mail " + (i.state === "new" ? "" : "taken"));
    const h = el("div", "rhead");
    h.append(el("span", "badge" + (i.state === "new" ? " urgent" : ""), L["mailbox_" + i.state] || i.state));
    h.append(el("span", "code", i.item));
    const m = el("span", "meta", [str(i.region_label) ? i.region_label : i.region, str(i.lang_name) ? i.lang_name : i.lang].join(" · "));
    h.append(m);
    h.append(el("span", "wait", t("mailbox_age", { t: mailAge((i.age_secs || 0) + (performance.now() - mailAt) / 1000) })));
    li.append(h);
    const p = el("p", "preview");
    const b = el("bdi", null, String(i.text || "").slice(0, 140));
    b.dir = dirOf(i.dir);
    p.append(b);
    li.append(p);
    const open = el("button", "mopen", L.mailbox_open);
    open.type = "button";
    open.dataset.item = i.item;
    open.setAttribute("aria-label", t("mailbox_h", { x: i.item }));
    li.append(open);
    mboxUl.append(li);
  }
  $("mbox-n").textContent = fresh ? "(" + fresh + ")" : "";
  $("mbox-none").hidden = mboxUl.firstChild !== null;
}

function fillMailThread(i) {
  $("m-h").textContent = t("mailbox_h", { x: i.item });
  $("m-meta").textContent = [str(i.region_label) ? i.region_label : i.region, str(i.lang_name) ? i.lang_name : i.lang, L["mailbox_" + i.state] || i.state].join(" · ");
  const ol = $("m-thread");
  ol.textContent = "";
  const line = (who, text) => {
    const li = el("li", "msg " + (who === "staff" ? "staff" : "user"));
    li.append(el("span", "from", who === "staff" ? L.mailbox_answers : who === "reply" ? L.mailbox_reply : L.mailbox_message));
    const b = el("bdi", "text", String(text));
    b.dir = who === "staff" ? "auto" : dirOf(i.dir);
    li.append(b);
    ol.append(li);
  };
  line("user", i.text || "");
  for (const a of Array.isArray(i.answers) ? i.answers : []) if (a && str(a.text)) line("staff", a.text);
  if (str(i.reply)) line("reply", i.reply);
  const sel = $("m-canned");
  if (!sel.options.length) {
    sel.append(new Option(L.canned_pick, ""));
    for (const c of cannedList()) sel.append(new Option(str(c.label) ? c.label : c.id, c.id));
  }
}

mboxUl.addEventListener("click", (e) => {
  const b = e.target instanceof Element ? e.target.closest("button.mopen") : null;
  if (!b) return;
  const i = mailItems.find((x) => x.item === b.dataset.item);
  if (!i) return;
  mailOpen = i.item;
  $("m-canned").textContent = "";
  fillMailThread(i);
  $("m-text").value = "";
  $("m-text").dir = dirOf(i.dir);
  $("m-err").hidden = true;
  const days = hello && hello.mailbox_keep_days;
  $("m-expiry").textContent = days ? t("mailbox_expiry", { n: days }) : "";
  openDialog(dlgM);
});

// A canned reply fills the answer with its text in the person's language (or the server's
// fallback), to read and change before sending.
$("m-canned").addEventListener("change", () => {
  const i = mailItems.find((x) => x.item === mailOpen);
  const c = cannedList().find((x) => x.id === $("m-canned").value);
  if (!i || !c || !c.texts) return;
  const text = c.texts[i.lang] || c.texts.en || "";
  if (str(text)) $("m-text").value = text;
});

$("m-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const text = $("m-text").value.trim().slice(0, MAX_TEXT);
  if (!mailOpen || !text) return;
  send({ type: "mailbox_answer", item: mailOpen, text });
});

function onMailboxAnswered(f) {
  if (f.item === mailOpen && dlgM.open) dlgM.close();
  say(L.mailbox_sent);
}

dlgM.querySelector(".cancel").addEventListener("click", () => dlgM.close());
dlgM.addEventListener("close", () => { mailOpen = null; if (returnFocus && returnFocus.isConnected) returnFocus.focus(); returnFocus = null; });
