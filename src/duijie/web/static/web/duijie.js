/* Progressive enhancements only: every page works without this file. No inline scripts (CSP). */
(function () {
  "use strict";
  var body = document.body;
  if (!("serviceWorker" in navigator) || !body) return;
  if (body.dataset.signedIn !== "true") {
    // Nobody is signed in (a visitor, or just logged out): forget any kept agenda.
    if (window.caches) caches.delete("duijie-agenda-v1");
    navigator.serviceWorker.getRegistration("/").then(function (registration) {
      if (registration && registration.active) registration.active.postMessage("forget-personal");
    });
    return;
  }
  if (body.dataset.offlineAgenda === "true") {
    navigator.serviceWorker.register(body.dataset.serviceWorker, { scope: "/" });
    var note = document.getElementById("offline-note");
    var showNote = function () { if (note) note.hidden = navigator.onLine; };
    window.addEventListener("online", showNote);
    window.addEventListener("offline", showNote);
    showNote();
  }
})();
