// The staff console's service worker: shows an on-call push ("2 waiting for the vast
// team, urgent") even when no console is open, and opens the console when tapped. The
// payload holds only the team, whether one is urgent, and how many wait.
"use strict";

self.addEventListener("push", (event) => {
  let d = {};
  try { d = event.data ? event.data.json() : {}; } catch { d = {}; }
  const region = typeof d.region === "string" ? d.region : "";
  const waiting = Number.isInteger(d.waiting) ? d.waiting : 1;
  const urgent = d.urgent === true;
  const body = waiting + " waiting for the " + region + " team" + (urgent ? ", urgent" : "");
  event.waitUntil(self.registration.showNotification("lotsa: people waiting", {
    body,
    tag: "lotsa-" + region, // one per team: a newer count replaces the older
    renotify: true,
    requireInteraction: urgent,
    icon: "/staff/icon-alert.svg",
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil((async () => {
    const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    for (const c of open) if (new URL(c.url).pathname === "/staff" && "focus" in c) return c.focus();
    return self.clients.openWindow("/staff");
  })());
});
