/* Duijie's service worker: the participant's agenda opens offline (expo halls have poor signal).
   Only a signed-in participant's own agenda page is kept ("/events/<id>/agenda/"), always fetched
   from the network first; a visitor is redirected to the login page, which is never kept, and the
   pages clear the copy as soon as nobody is signed in (static/web/duijie.js). */
const AGENDA_CACHE = "duijie-agenda-v1";
const STATIC_CACHE = "duijie-static-v1";
const AGENDA = /^\/events\/\d+\/agenda\/$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  if (event.data === "forget-personal") {
    event.waitUntil(caches.delete(AGENDA_CACHE));
  }
});

async function networkFirst(request) {
  const cache = await caches.open(AGENDA_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) {
      await cache.put(request, response.clone());
    } else {
      await cache.delete(request);
    }
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

async function staticFile(request) {
  const cache = await caches.open(STATIC_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (event.request.mode === "navigate" && AGENDA.test(url.pathname) && !url.search) {
    event.respondWith(networkFirst(event.request));
  } else if (url.pathname.startsWith("/static/")) {
    event.respondWith(staticFile(event.request));
  }
});
