// embed.js: one <script src="https://chat.example.org/embed.js" defer></script> line on an
// organisation's page adds a launcher button that opens the lotsa chat in an iframe.
//
// Rules this file keeps on purpose:
// - It adds two elements and one message listener to the host page, nothing else: no
//   cookies, no storage, no requests of its own (the iframe loads the chat).
// - Styles are set through the CSSOM (element.style), which a host's CSP allows even
//   where inline style attributes are forbidden.
// - Quick exit inside the chat leaves the host page too: the chat posts {lotsa:"exit"},
//   and only a message from the chat's own iframe and origin is obeyed.
// Options, as attributes on the script tag: data-label (the button's text),
// data-lang (the chat's language, as ?lang=), data-exit (where quick exit sends the host
// page; default: the chat's configured exit site).
"use strict";
(() => {
  const script = document.currentScript;
  if (!script) return;
  const origin = new URL(script.src).origin;
  const page = new URL("{{PAGE_PATH}}", origin);
  const lang = script.dataset.lang;
  if (lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) page.searchParams.set("lang", lang);

  const button = document.createElement("button");
  button.type = "button";
  button.textContent = script.dataset.label || "Chat";
  button.setAttribute("aria-expanded", "false");
  Object.assign(button.style, {
    position: "fixed", insetInlineEnd: "1rem", insetBlockEnd: "1rem", zIndex: "2147483646",
    minHeight: "44px", padding: "0.6rem 1.1rem", font: "600 1rem system-ui, sans-serif",
    color: "#fff", background: "#174ea6", border: "0", borderRadius: "1.5rem", cursor: "pointer",
  });

  let frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.src = page.href;
      frame.title = button.textContent;
      frame.referrerPolicy = "no-referrer";
      Object.assign(frame.style, {
        position: "fixed", insetInlineEnd: "1rem", insetBlockEnd: "4.5rem", zIndex: "2147483647",
        width: "min(24rem, calc(100vw - 2rem))", height: "min(40rem, calc(100vh - 6rem))",
        border: "1px solid #c9ced6", borderRadius: "0.75rem", background: "#fff",
        boxShadow: "0 0.5rem 2rem rgba(0,0,0,0.25)",
      });
      document.body.append(frame);
    } else {
      frame.hidden = false;
    }
    button.setAttribute("aria-expanded", "true");
    frame.focus();
  }
  function close() {
    if (frame) frame.hidden = true;
    button.setAttribute("aria-expanded", "false");
  }
  button.addEventListener("click", () => (frame && !frame.hidden ? close() : open()));

  window.addEventListener("message", (e) => {
    if (e.origin !== origin || !frame || e.source !== frame.contentWindow) return;
    if (!e.data || e.data.lotsa !== "exit") return;
    // Blank first, then leave without a history entry, as the chat page does itself.
    frame.remove();
    button.remove();
    document.documentElement.style.visibility = "hidden";
    let target = "about:blank";
    try {
      const u = new URL(script.dataset.exit || "{{EXIT_URL}}", location.href);
      if (u.protocol === "https:" || u.protocol === "http:") target = u.href;
    } catch { /* about:blank */ }
    location.replace(target);
  });

  const add = () => document.body.append(button);
  if (document.body) add();
  else document.addEventListener("DOMContentLoaded", add);
})();
