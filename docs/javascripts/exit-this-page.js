/* "Exit this page" (overrides/partials/exit-this-page.html), as the GOV.UK Design System's
 * component works:
 * - the button and the secondary link are plain links to another website, so they work
 *   without this file; with it, the page is covered by a blank "loading" overlay at once, so
 *   nothing on it stays on screen while the next website loads on a slow connection;
 * - pressing the Shift key on its own 3 times, with no more than 5 seconds between presses,
 *   leaves the same way. Three dots under the button show the presses, and a status message
 *   tells screen reader users how many are left. A single key (such as Escape) was rejected
 *   by GOV.UK because it could clash with what people do on the page;
 * - coming back with the browser's Back button shows the page again, not the overlay.
 * Loaded only on pages with the component.
 */
(function () {
  "use strict";

  var PRESSES_TO_EXIT = 3;
  var SECONDS_BETWEEN_PRESSES = 5;

  var component = document.querySelector("[data-exit-this-page-component]");
  var button = component && component.querySelector("a[data-exit-this-page]");
  if (!button) {
    return;
  }

  var presses = 0;
  var lastKeyHadShift = false;
  var resetTimer = null;
  var clearMessageTimer = null;
  var overlay = null;

  var status = document.createElement("span");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  component.appendChild(status);

  var dots = document.createElement("span");
  dots.className = "exit-this-page__indicator";
  dots.setAttribute("aria-hidden", "true");
  for (var i = 0; i < PRESSES_TO_EXIT; i++) {
    dots.appendChild(document.createElement("span"));
  }
  button.appendChild(dots);

  function showPresses() {
    dots.classList.toggle("exit-this-page__indicator--visible", presses > 0);
    Array.prototype.forEach.call(dots.children, function (dot, index) {
      dot.classList.toggle("exit-this-page__indicator-dot--on", index < presses);
    });
  }

  function exitPage() {
    status.textContent = "";
    document.body.classList.add("exit-this-page-hide-content");
    overlay = document.createElement("div");
    overlay.className = "exit-this-page-overlay";
    overlay.setAttribute("role", "alert");
    document.body.appendChild(overlay);
    overlay.textContent = "Loading."; // set after it is in the page, so screen readers announce it
    window.location.href = button.href;
  }

  function onActivate(event) {
    event.preventDefault();
    exitPage();
  }

  function stopCounting(message) {
    window.clearTimeout(resetTimer);
    resetTimer = null;
    presses = 0;
    showPresses();
    status.textContent = message;
    window.clearTimeout(clearMessageTimer);
    clearMessageTimer = window.setTimeout(function () { status.textContent = ""; }, SECONDS_BETWEEN_PRESSES * 1000);
  }

  function onKeyUp(event) {
    // Shift used with another key (Shift+A) ends with a keyup for Shift after a keyup that had
    // shiftKey set: only a Shift pressed on its own counts.
    if (event.key === "Shift" && !lastKeyHadShift) {
      presses += 1;
      showPresses();
      window.clearTimeout(clearMessageTimer);
      if (presses >= PRESSES_TO_EXIT) {
        window.clearTimeout(resetTimer);
        presses = 0;
        exitPage();
      } else {
        var left = PRESSES_TO_EXIT - presses;
        status.textContent = "Shift, press " + left + " more time" + (left === 1 ? "" : "s") + " to exit.";
        window.clearTimeout(resetTimer);
        resetTimer = window.setTimeout(function () { stopCounting("Exit this page expired."); }, SECONDS_BETWEEN_PRESSES * 1000);
      }
    } else if (resetTimer) {
      stopCounting("Exit this page expired.");
    }
    lastKeyHadShift = event.shiftKey;
  }

  function resetPage() {
    document.body.classList.remove("exit-this-page-hide-content");
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
    window.clearTimeout(resetTimer);
    window.clearTimeout(clearMessageTimer);
    resetTimer = null;
    presses = 0;
    status.textContent = "";
    showPresses();
  }

  Array.prototype.forEach.call(document.querySelectorAll("a[data-exit-this-page]"), function (link) {
    link.addEventListener("click", onActivate);
  });
  document.addEventListener("keyup", onKeyUp, true);
  window.addEventListener("pageshow", resetPage);
})();
