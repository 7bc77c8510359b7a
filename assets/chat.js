// chat.js: all behaviour of the lotsa web chat page: quick exit, the
// WebSocket conversation (/chat/ws), rendering of bot/user/staff bubbles and
// choice buttons, the one navigation area, the text box (a hint while buttons
// are expected, a chat input during a handoff), page-chrome labels, and
// reconnecting, and the mailbox (a message for the team: a text area with a
// counter and a confirm step, the receipt code shown once, a code field, the
// team's answers). Loaded with `defer`, so the DOM from chat.html is ready when
// this runs.
//
// Rules this file keeps on purpose:
// - Server text is only ever set with textContent (never innerHTML).
// - No inline styles (CSP style-src 'self'): visibility via `hidden`/classes.
// - The only thing stored is the session token, in sessionStorage. A receipt
//   code never goes into the URL, history, storage or the title: it is shown
//   once in the log, and a typed code stays in its field until the next step.
// - An answered question collapses to the question and the answer: only the
//   current question has buttons, and the commands live in #nav alone.
"use strict";

// The script runs: show what needs it (chat.html hides it for pages without script).
document.documentElement.classList.remove("nojs");

const TOKEN_KEY = "lotsa.token";

const $ = (id) => document.getElementById(id);
const exitBtn = $("exit");
const navEl = $("nav");
const restartBtn = $("restart");
const notice = $("connecting");
const log = $("log");
const handoffEl = $("handoff");
const composer = $("composer");
const textEl = $("text");
const sendBtn = $("send");
const codeEl = $("code");
const countEl = $("count");
const confirmEl = $("confirm");

// Labels of the handoff controls until the server's "ui" frame says otherwise.
// `position` (optional) contains {n}, the place in the queue; `hint` is the
// text box's placeholder while buttons are expected.
const labels = { staff: "Support worker", position: "", hint: textEl.placeholder, write: "", send: sendBtn.textContent };
// A disguised page keeps its neutral title and heading whatever the language.
const disguised = (() => {
  const m = document.querySelector('meta[name="lotsa-disguise"]');
  return !!m && m.content !== "";
})();
// Inside an organisation's page (embed.js): quick exit must leave that page too.
const embedded = (() => { try { return window.top !== window.self; } catch { return true; } })();
let handoff = ""; // "", "queued" or "connected"
// The current step's typed input: "" (buttons), "message" (a message for the team, or
// the one reply) or "code" (a receipt code), from the ask's `input`.
let mailboxInput = "";
const MAILBOX_MAX = 2000;

// Connection state (declared up here because quick exit uses it too).
let ws = null;
let retries = 0;
let retryTimer = 0;
let noticeTimer = 0;
let ended = false; // server said "closed": wait for "Start again", don't reconnect
let exiting = false;

// ---------------------------------------------------------------- storage
// Storage can throw (sandboxed iframe, blocked third-party storage). The chat
// must still work then, just without surviving a reload.
function getToken() {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}
function setToken(t) {
  try { sessionStorage.setItem(TOKEN_KEY, t); } catch { /* not fatal */ }
}
function dropToken() {
  try { sessionStorage.removeItem(TOKEN_KEY); } catch { /* not fatal */ }
}

// ------------------------------------------------------------- quick exit
// Only accept an absolute http(s) URL, so a misconfigured or unreplaced
// placeholder can never become a javascript: URL or a broken relative link.
const exitUrl = (() => {
  const m = document.querySelector('meta[name="lotsa-exit-url"]');
  try {
    const u = new URL(m ? m.content.trim() : "");
    if (u.protocol === "https:" || u.protocol === "http:") return u.href;
  } catch { /* fall through */ }
  return "about:blank";
})();

// Order matters: the screen goes blank first, so that even if anything
// below is slow or fails, nothing of the chat stays visible.
function quickExit() {
  if (exiting) return;
  exiting = true;
  document.documentElement.classList.add("gone");
  document.body.hidden = true;
  document.title = "";
  log.textContent = ""; // nothing left in the DOM for a back/forward cache
  textEl.value = "";
  codeEl.value = "";

  const token = getToken();
  try { sessionStorage.clear(); } catch { /* not fatal */ }
  if (token) {
    let queued = false;
    try { queued = navigator.sendBeacon("/chat/end", token); } catch { /* ignore */ }
    // If the beacon could not be queued, ask over the socket instead.
    if (!queued) try { send({ type: "end" }); } catch { /* ignore */ }
  }
  clearTimeout(retryTimer);
  clearTimeout(noticeTimer);
  try { if (ws) ws.close(); } catch { /* ignore */ }
  // replace(), not assign(): Back must not lead back to the chat.
  if (embedded) {
    // The host page's embed.js listens for this and leaves that page, iframe and all. The
    // iframe leaves on its own only a moment later (for a host without embed.js): a frame
    // that navigates away at once can lose the message on its way. It is blank already.
    try { window.parent.postMessage({ lotsa: "exit" }, "*"); } catch { /* ignore */ }
    setTimeout(() => location.replace(exitUrl), 500);
  } else {
    location.replace(exitUrl);
  }
}

exitBtn.addEventListener("click", quickExit);

// Escape, or Shift pressed three times within 1.5 s, also exits. Capture
// phase on window so nothing on the page can swallow these keys. Any other
// key in between starts the count again, so typing capitals never exits.
let shiftTimes = [];
window.addEventListener("keydown", (e) => {
  if (e.key === "Escape" || e.key === "Esc") {
    e.preventDefault();
    quickExit();
  } else if (e.key === "Shift" && !e.repeat) {
    const now = performance.now();
    shiftTimes = shiftTimes.filter((t) => now - t < 1500);
    shiftTimes.push(now);
    if (shiftTimes.length >= 3) quickExit();
  } else if (e.key !== "Shift") {
    shiftTimes = [];
  }
}, true);

// --------------------------------------------------------------- socket
// Language chosen by an organisation's link (?lang=xx). Only obviously
// well-formed tags are passed on; the server validates for real.
const urlLang = (() => {
  try {
    const v = new URLSearchParams(location.search).get("lang");
    return v && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v) ? v : null;
  } catch { return null; }
})();
// A touch screen and no fine pointer: a phone or tablet, where nobody can press Escape.
// The server then words the quick-exit promise for the Exit button alone.
const touch = (() => {
  try { return matchMedia("(pointer: coarse)").matches && !matchMedia("(any-pointer: fine)").matches; } catch { return false; }
})();
const startFrame = () => (urlLang ? { type: "start", lang: urlLang, touch } : { type: "start", touch });

const isOpen = () => ws !== null && ws.readyState === WebSocket.OPEN;

function send(obj) {
  if (isOpen()) ws.send(JSON.stringify(obj));
}

function connect() {
  clearTimeout(retryTimer);
  if (exiting) return;
  let sock;
  try {
    sock = new WebSocket((location.protocol === "https:" ? "wss:" : "ws:") + "//" + location.host + "/chat/ws");
  } catch {
    ws = null;
    scheduleReconnect();
    return;
  }
  ws = sock;
  // Every handler checks `ws === sock` so events from a replaced socket
  // can never act on the page twice.
  sock.onopen = () => {
    if (ws !== sock) return;
    hideNotice();
    const token = getToken();
    if (token) {
      primeReplay();
      send({ type: "resume", token, touch });
    } else {
      send(startFrame());
    }
  };
  sock.onmessage = (e) => { if (ws === sock) onFrame(e.data); };
  sock.onclose = () => {
    if (ws !== sock) return;
    ws = null;
    if (exiting) return;
    if (ended) { hideNotice(); return; }
    showNotice(true);
    scheduleReconnect();
  };
  // onerror is always followed by onclose, which does the work.
  showNotice(false);
}

// Backoff 1 s, 2 s, 4 s, 8 s, then every 10 s. `retries` is reset only when
// a frame arrives, so a server that accepts and drops at once is not hammered.
function scheduleReconnect() {
  clearTimeout(retryTimer);
  const delay = Math.min(1000 * 2 ** retries, 10000);
  retries++;
  retryTimer = setTimeout(connect, delay);
}

// Network back or tab visible again: don't sit out the rest of the backoff.
function wake() {
  if (!ws && !ended && !exiting && document.visibilityState !== "hidden") connect();
}
window.addEventListener("online", wake);
document.addEventListener("visibilitychange", wake);

// On first load the notice only appears if connecting is slow (no flash on
// a fast link); after an unexpected close it appears at once.
function showNotice(now) {
  clearTimeout(noticeTimer);
  if (now) notice.hidden = false;
  else noticeTimer = setTimeout(() => { if (!isOpen() && !exiting) notice.hidden = false; }, 800);
}
function hideNotice() {
  clearTimeout(noticeTimer);
  notice.hidden = true;
}

// ------------------------------------------------------------ frames
function onFrame(data) {
  let f;
  try { f = JSON.parse(data); } catch { return; }
  if (!f || typeof f !== "object" || exiting) return;
  retries = 0;
  switch (f.type) {
    case "session":
      if (typeof f.token === "string" && f.token) setToken(f.token);
      // A session means a live conversation again.
      ended = false;
      restartBtn.hidden = true;
      break;
    case "say": onSay(f); break;
    case "ask": onAsk(f); break;
    case "ui": onUi(f); break;
    case "status": onStatus(f); break;
    case "staff": onStaff(f); break;
    case "typing": onTyping(); break;
    case "error": onError(f); break;
    case "survey": onSurvey(f); break;
    case "receipt": onReceipt(f); break;
    case "mailbox": onMailbox(f); break;
    default: break; // unknown frames are ignored so the server can evolve
  }
}

const str = (v) => typeof v === "string" && v !== "";

// Server-provided lang/dir; dir restricted to the three valid values.
function setLangDir(el, src) {
  if (str(src.lang)) el.lang = src.lang;
  if (src.dir === "rtl" || src.dir === "ltr" || src.dir === "auto") el.dir = src.dir;
}

function addMsg(cls, text, src, kind) {
  const el = document.createElement("div");
  el.className = "msg " + cls;
  el.dataset.kind = kind;
  if (cls === "bot") linkPhones(el, text);
  else el.textContent = text; // newlines shown via CSS white-space: pre-line
  setLangDir(el, src);
  log.append(el);
  return el;
}

// --- Replay de-duplication after a reconnect.
// On resume the server may re-send the current turn (its say/ask). While
// `resuming` (from the resume frame until the first ask), a say whose text is
// already on screen is skipped, and an ask equal to the still-open last
// question reuses that bubble (fresh buttons) instead of adding a copy.
let resuming = false;
let resumeAppended = false; // something new was shown, so order must be kept

function primeReplay() {
  resuming = log.querySelector(".msg.bot") !== null;
  resumeAppended = false;
}

function seenBotText(text) {
  for (const el of log.querySelectorAll(".msg.bot")) if (el.textContent === text) return true;
  return false;
}

// The last question, if no answer of the user follows it.
function openAsk(text) {
  const kids = Array.from(log.children);
  let i = kids.length;
  while (i-- > 0) {
    const el = kids[i];
    if (el.classList.contains("user")) return null;
    if (el.dataset.kind === "ask") return el.textContent === text ? el : null;
  }
  return null;
}

function onSay(f) {
  if (typeof f.text !== "string") return;
  if (resuming) {
    if (seenBotText(f.text)) return;
    resumeAppended = true;
  }
  settleAfter(addMsg("bot", f.text, f, "say"), null); // no focus move on say
}

let qSeq = 0;

function onAsk(f) {
  const text = typeof f.text === "string" ? f.text : "";
  const choices = Array.isArray(f.choices) ? f.choices.filter((c) => c && str(c.id)) : [];
  collapseAnswered(); // old questions keep only their question and answer
  let q = resuming && !resumeAppended ? openAsk(text) : null;
  resuming = false;
  if (q) {
    const old = q.nextElementSibling;
    if (old && old.classList.contains("choices")) old.remove();
  } else {
    q = addMsg("bot", text, f, "ask");
  }
  if (!q.id) q.id = "q" + ++qSeq;
  q.tabIndex = -1; // focus lands on the question, so it is read before its answers
  if (choices.some((c) => c.id.startsWith("danger.")) && !q.previousElementSibling?.classList.contains("call")) callButton(q);
  const box = buildChoices(choices.filter((c) => !c.nav), q.id);
  // After a support worker ends a chat, the one question about it comes first: the
  // menu's answers wait until it is answered or skipped, so a frightened reader never
  // faces more than a dozen buttons at once.
  if (log.querySelector(".survey-box")) { box.hidden = true; box.dataset.afterSurvey = "1"; }
  q.after(box);
  setNav(choices.filter((c) => c.nav));
  settleAfter(q, q);
  // The question of a handoff offers "stop the chat" (a stable id): after a reload the
  // page learns from it that the person is in a case, before any status arrives.
  const inCase = choices.some((c) => c.id === "handoff.leave");
  if (inCase && handoff === "") setHandoff("queued");
  else if (!inCase && handoff !== "") setHandoff("");
  setMailboxInput(f.input === "message" || f.input === "code" ? f.input : "");
}

function choiceButton(c, cls) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = cls;
  b.dataset.id = c.id;
  b.textContent = str(c.label) ? c.label : c.id;
  setLangDir(b, c);
  return b;
}

// The question's answers, labelled by the question.
function buildChoices(choices, qid) {
  const box = document.createElement("div");
  box.className = "choices";
  box.setAttribute("role", "group");
  box.setAttribute("aria-labelledby", qid);
  for (const c of choices) box.append(choiceButton(c, "choice"));
  // The language picker lays its many short names out in columns, so every language
  // fits on one phone screen.
  if (choices.some((c) => c.id.startsWith("lang."))) box.classList.add("langs");
  return box;
}

// The commands (back, menu, language, a person, end) the current step offers, in the
// one navigation area. A step without commands (the first language picker) hides it.
function setNav(commands) {
  navEl.textContent = "";
  for (const c of commands) navEl.append(choiceButton(c, "choice nav"));
  navEl.hidden = commands.length === 0;
}

// Answered questions lose their buttons: the person's answer follows as their bubble.
// A box hidden by a click is kept until the server answers (see reopenLastChoices).
function collapseAnswered() {
  for (const box of log.querySelectorAll(".choices:not(.survey-box)")) box.remove();
}

// The one optional question after a conversation: its buttons stay usable after
// "closed", and an answer is sent as `survey`, not as a choice.
function onSurvey(f) {
  const text = typeof f.text === "string" ? f.text : "";
  const q = addMsg("bot", text, f, "ask");
  if (!q.id) q.id = "q" + ++qSeq;
  const choices = Array.isArray(f.choices) ? f.choices.filter((c) => c && str(c.id)) : [];
  const box = buildChoices(choices, q.id);
  box.classList.add("survey-box");
  for (const b of box.querySelectorAll("button")) b.classList.add("survey");
  q.after(box);
  settleAfter(q, null);
}

// Tap-to-call: the numbers the server names (112 and the configured contacts), found in
// the bot's own text, become tel: links, each isolated left to right so it reads the
// same inside right-to-left text. Built as nodes, never as HTML.
let phones = ["112"];
function linkPhones(el, text) {
  let rest = text;
  while (rest) {
    let at = -1, hit = "";
    for (const p of phones) {
      const i = rest.indexOf(p);
      // A whole number only: not the "112" inside "1120".
      const ok = i >= 0 && !/\d/.test(rest.charAt(i - 1) || "") && !/\d/.test(rest.charAt(i + p.length) || "");
      if (ok && (at < 0 || i < at)) { at = i; hit = p; }
    }
    if (at < 0) { el.append(rest); break; }
    el.append(rest.slice(0, at));
    const a = document.createElement("a");
    a.href = "tel:" + hit.replace(/[^\d+]/g, "");
    a.className = "tel";
    a.dir = "ltr";
    a.textContent = hit;
    const iso = document.createElement("bdi");
    iso.append(a);
    el.append(iso);
    rest = rest.slice(at + hit.length);
  }
}

// On the danger step, a large "Call 112" first, before anything else to read or tap.
function callButton(q) {
  const a = document.createElement("a");
  a.href = "tel:112";
  a.className = "call";
  a.dir = "auto";
  a.textContent = labels.call || "112";
  q.before(a);
}

function onUi(f) {
  if (Array.isArray(f.phones)) phones = f.phones.filter((p) => str(p) && /\d/.test(p));
  setLangDir(document.documentElement, f);
  const l = f.labels && typeof f.labels === "object" ? f.labels : {};
  if (str(l.exit)) exitBtn.textContent = l.exit;
  if (str(l.restart)) restartBtn.textContent = l.restart;
  if (str(l.connecting)) notice.textContent = l.connecting;
  if (str(l.log)) log.setAttribute("aria-label", l.log);
  if (str(l.send)) labels.send = l.send;
  if (str(l.nav)) navEl.setAttribute("aria-label", l.nav);
  if (str(l.privacy)) $("privacy-label").textContent = l.privacy;
  if (str(l["privacy-text"])) $("privacy-text").textContent = l["privacy-text"];
  if (str(l.title) && !disguised) {
    $("title").textContent = l.title;
    document.title = l.title;
  }
  if (str(l.write)) labels.write = l.write;
  if (str(l.hint)) labels.hint = l.hint;
  if (str(l.staff)) labels.staff = l.staff;
  if (str(l.position)) labels.position = l.position;
  if (str(l["call-112"])) labels.call = l["call-112"];
  for (const k of ["mailbox-confirm", "mailbox-confirm-yes", "mailbox-edit", "mailbox-code", "mailbox-open"]) {
    if (str(l[k])) labels[k] = l[k];
  }
  setTextMode();
  setLangDir(composer, f);
}

// ------------------------------------------------------------- handoff
// queued/connected: the person types to a support worker, so the text box is a chat
// input; otherwise it says that the buttons answer (and takes no typing).
function onStatus(f) {
  resuming = false;
  if (f.state === "closed") { setHandoff(""); onClosed(); return; }
  if (f.state === "queued" || f.state === "connected") {
    setHandoff(f.state);
    if (f.state === "queued" && Number.isInteger(f.position) && f.position > 0) {
      // Without a label in the person's language, English only for English; otherwise a
      // plain number (the server's localized message just above says the rest).
      const l = labels.position || (/^en\b/.test(document.documentElement.lang) ? "Your place in the queue: {n}" : "⏳ {n}");
      handoffEl.textContent = l.replace("{n}", f.position);
      handoffEl.hidden = false;
    }
  } else if (f.state === "away") {
    // In the queue, but no team can answer now (the server's message says when one
    // opens): what the person writes still reaches whoever claims the case.
    setHandoff("queued");
    handoffEl.hidden = true;
  } else if (f.state === "ended") {
    setHandoff("");
  }
}

function setHandoff(state) {
  if (handoff === "" && state !== "") settleAfter(null, textEl); // write from here on
  handoff = state;
  setTextMode();
  if (state !== "queued") { handoffEl.hidden = true; handoffEl.textContent = ""; }
}

function setTextMode() {
  const chat = handoff !== "";
  const mode = chat ? "chat" : mailboxInput || "buttons";
  const typing = mode === "chat" || mode === "message";
  composer.dataset.mode = mode;
  composer.hidden = ended;
  textEl.readOnly = !typing;
  textEl.hidden = mode === "code";
  codeEl.hidden = mode !== "code";
  countEl.hidden = mode !== "message";
  // Typed text takes its own direction; the hint takes the page's.
  if (typing) textEl.dir = "auto"; else textEl.removeAttribute("dir");
  sendBtn.hidden = mode === "buttons";
  sendBtn.textContent = mode === "code" ? labels["mailbox-open"] || labels.send : labels.send;
  const label = mode === "chat" ? labels.write || labels.send
    : mode === "message" ? lastAskText() || labels.write || labels.send
    : labels.hint;
  textEl.placeholder = label;
  textEl.setAttribute("aria-label", label);
  const codeLabel = labels["mailbox-code"] || lastAskText();
  codeEl.placeholder = codeLabel;
  codeEl.setAttribute("aria-label", codeLabel);
  if (mode === "buttons") textEl.value = "";
  // A code stays in its field only while it is asked for.
  if (mode !== "code") codeEl.value = "";
  if (mode !== "message") confirmEl.hidden = true;
  updateCount();
}

// A person wrote: a bubble of its own, labelled, text inserted as text only.
// "Support worker …" while they write (no text crosses); gone when their message comes
// or after a few seconds without another signal.
const typingEl = $("typing");
let typingTimer = null;
function onTyping() {
  typingEl.textContent = (labels.staff || "…") + " …";
  typingEl.hidden = false;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => { typingEl.hidden = true; }, 6000);
}

// The person writing during a live chat tells the support worker so, at most every 2 s.
let typedAt = 0;
textEl.addEventListener("input", () => {
  if (handoff !== "connected" || Date.now() - typedAt < 2000) return;
  typedAt = Date.now();
  send({ type: "typing" });
});

function onStaff(f) {
  if (typeof f.text !== "string") return;
  clearTimeout(typingTimer);
  typingEl.hidden = true;
  const el = document.createElement("div");
  el.className = "msg staff";
  el.dataset.kind = "staff";
  setLangDir(el, f);
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = labels.staff;
  const body = document.createElement("span");
  body.className = "txt";
  body.dir = "auto"; // a worker may answer in another script than the page's
  body.textContent = f.text;
  el.append(who, body);
  log.append(el);
  settleAfter(el, null);
}

// ------------------------------------------------------------- mailbox
// A step that asks for a message or a code turns the text box into a text area with a
// counter, or into a code field; leaving that step turns it back.
function setMailboxInput(input) {
  const was = mailboxInput;
  mailboxInput = input;
  if (handoff !== "") return;
  setTextMode();
  if (input === "code" && was !== "code") settleAfter(null, codeEl);
  else if (input === "message" && was !== "message") settleAfter(null, textEl);
}

function lastAskText() {
  const asks = log.querySelectorAll('.msg.bot[data-kind="ask"]');
  return asks.length ? asks[asks.length - 1].textContent : "";
}

// Characters, not UTF-16 units: what the person sees, and what the server counts.
function updateCount() {
  if (countEl.hidden) return;
  countEl.textContent = [...textEl.value].length + " / " + MAILBOX_MAX;
}
textEl.addEventListener("input", updateCount);

// Send, in the text area of a mailbox step: one more question first, because the message
// cannot be taken back once it is left.
function askToConfirm() {
  const text = textEl.value.trim();
  if (!text || !isOpen()) return;
  $("confirm-q").textContent = labels["mailbox-confirm"] || "?";
  $("confirm-yes").textContent = labels["mailbox-confirm-yes"] || labels.send;
  $("confirm-no").textContent = labels["mailbox-edit"] || "×";
  setLangDir(confirmEl, { lang: document.documentElement.lang, dir: document.documentElement.dir });
  confirmEl.hidden = false;
  settleAfter(null, $("confirm-yes"));
}

$("confirm-yes").addEventListener("click", () => {
  const text = textEl.value.trim();
  confirmEl.hidden = true;
  if (!text || mailboxInput !== "message" || !isOpen()) return;
  send({ type: "mailbox_leave", text });
  // The text stays in the box until the step moves on, so an error can be fixed there.
  settleAfter(addMsg("user", text, { lang: document.documentElement.lang, dir: "auto" }, "user"), null);
});
$("confirm-no").addEventListener("click", () => {
  confirmEl.hidden = true;
  textEl.focus();
});

function sendCode() {
  const code = codeEl.value.trim();
  if (!code || !isOpen()) return;
  // The code is never echoed into the log: it would stay on screen.
  send({ type: "mailbox_open", code });
}
codeEl.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.isComposing) {
    e.preventDefault();
    sendCode();
  }
});

// The receipt, once: the code in large digits, then the words about it. Nothing of it is
// kept anywhere but this bubble, and a reload does not bring it back.
function onReceipt(f) {
  if (!str(f.code)) return;
  const el = document.createElement("div");
  el.className = "msg bot receipt";
  el.dataset.kind = "receipt";
  setLangDir(el, { lang: document.documentElement.lang, dir: document.documentElement.dir });
  const code = document.createElement("p");
  code.className = "code";
  code.dir = "ltr";
  code.textContent = f.code;
  const words = document.createElement("p");
  words.textContent = str(f.text) ? f.text : "";
  el.append(code, words);
  log.append(el);
  textEl.value = "";
  settleAfter(el, null);
}

// A code opened: the team's answers as text, after the server's words for them (or that
// nobody has answered yet).
function onMailbox(f) {
  codeEl.value = "";
  if (str(f.text)) settleAfter(addMsg("bot", f.text, { lang: document.documentElement.lang, dir: document.documentElement.dir }, "say"), null);
  const answers = Array.isArray(f.answers) ? f.answers : [];
  for (const a of answers) if (a && str(a.text)) onStaff({ text: a.text });
}

function sendText() {
  const text = textEl.value.trim();
  if (!text || handoff === "" || !isOpen()) return; // offline: the notice is showing
  const frame = { type: "text", text };
  send(frame);
  // Too long for the server: it answers with a localized error; keep the text to shorten.
  if (new TextEncoder().encode(JSON.stringify(frame)).length > 4096) return;
  textEl.value = "";
  settleAfter(addMsg("user", text, { lang: document.documentElement.lang, dir: "auto" }, "user"), null);
}

sendBtn.addEventListener("click", () => {
  if (handoff !== "") { sendText(); textEl.focus(); }
  else if (mailboxInput === "message") askToConfirm();
  else if (mailboxInput === "code") sendCode();
});
// Enter sends on a keyboard; on touch screens Enter is a new line and the button sends.
const coarse = window.matchMedia("(pointer: coarse)");
textEl.addEventListener("keydown", (e) => {
  // A message for the team is written in paragraphs: there Enter is a new line.
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing && !coarse.matches && handoff !== "") {
    e.preventDefault();
    sendText();
  }
});

function onClosed() {
  // The server has erased the conversation; forget it here too.
  dropToken();
  ended = true;
  resuming = false;
  collapseAnswered();
  setNav([]);
  setTextMode();
  restartBtn.hidden = false;
  settleAfter(null, restartBtn);
}

function onError(f) {
  if (f.code === "session_expired") dropToken(); // server sends a new session itself
  resuming = false;
  // The store is down for now; nothing was saved, so the same question can be answered
  // again once it is back.
  if (f.code === "unavailable") reopenLastChoices();
  if (str(f.text)) settleAfter(addMsg("error", f.text, f, "error"), null);
}

function reopenLastChoices() {
  const boxes = log.querySelectorAll(".choices:not(.survey-box)");
  const box = boxes[boxes.length - 1];
  if (box) {
    box.hidden = false;
    for (const b of box.querySelectorAll("button")) b.disabled = false;
  }
  for (const b of navEl.querySelectorAll("button")) b.disabled = false;
}

// --------------------------------------------------------- user actions
// One delegated listener for the answers, present and future, and one for the commands.
// A pressed answer hides its question's buttons at once (no double answers) and shows
// as the person's own bubble.
function onChoice(e) {
  const b = e.target instanceof Element ? e.target.closest("button.choice") : null;
  if (!b || b.disabled || !isOpen()) return; // offline: the notice is showing
  const box = b.closest(".choices");
  if (box) box.hidden = true;
  for (const x of navEl.querySelectorAll("button")) x.disabled = true;
  resuming = false;
  const u = addMsg("user", b.textContent, { lang: b.lang, dir: b.dir }, "user");
  settleAfter(u, null);
  if (b.classList.contains("survey")) {
    if (box) box.remove();
    for (const w of log.querySelectorAll(".choices[data-after-survey]")) { w.hidden = false; delete w.dataset.afterSurvey; }
    send({ type: "survey", answer: b.dataset.id.replace(/^survey\./, "") });
  } else {
    send({ type: "choose", id: b.dataset.id });
  }
}
log.addEventListener("click", onChoice);
navEl.addEventListener("click", onChoice);

// Start again after "closed": a fresh start, clean screen (the old
// conversation no longer exists on the server either).
restartBtn.addEventListener("click", () => {
  ended = false;
  resuming = false;
  restartBtn.hidden = true;
  log.textContent = "";
  setHandoff("");
  if (isOpen()) send(startFrame());
  else if (!ws) connect(); // a socket still connecting sends start on open
});

// ------------------------------------------------- scrolling and focus
// Frames of one turn often arrive together, so scrolling and focus are
// settled once per animation frame. Scroll to the bottom, but never so far
// that the start of the new content (e.g. a long question) leaves the view.
let firstNew = null;
let focusTarget = null;
let settleQueued = false;

function settleAfter(el, focusEl) {
  if (el && !firstNew) firstNew = el;
  if (focusEl) focusTarget = focusEl;
  if (!settleQueued) {
    settleQueued = true;
    requestAnimationFrame(settle);
  }
}

function settle() {
  settleQueued = false;
  const bottom = log.scrollHeight - log.clientHeight;
  let top = bottom;
  if (firstNew && firstNew.isConnected) top = Math.min(bottom, firstNew.offsetTop - 8);
  if (top > log.scrollTop) log.scrollTop = top;
  // Focus moves only to new buttons (keyboard/screen-reader users continue
  // from there); plain messages never steal focus.
  const f = focusTarget;
  if (f && f.isConnected && !f.disabled && !f.hidden) f.focus({ preventScroll: true });
  firstNew = null;
  focusTarget = null;
}

// ------------------------------------------------------------------ go
connect();
