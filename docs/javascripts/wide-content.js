/* Charts and tables wider than the screen, as progressive enhancement (without JavaScript
 * each still scrolls sideways in its own named box, which takes keyboard focus).
 *
 * A box that is cut off says so: "Scroll sideways to see the whole chart" (or table) above
 * it, and a fading edge on each side that has more to see. Both show only while something is
 * out of view, and follow a turned phone or a resized window. A timeline opens where its
 * data-scroll-opens-at says (a share of its width: today while the strategy runs, else the
 * start of its period; macros/render/timeline.py), placed two thirds of the way across
 * so what led up to it shows too; where that is already in view, it stays at its start,
 * beside the names of its lanes.
 */
(function () {
  "use strict";

  var REGIONS = ".timeline-chart__scroll, .table-scroll";

  function setUp(region) {
    var kind = region.querySelector("svg") ? "chart" : "table";
    var frame = document.createElement("div");
    frame.className = "scroll-frame";
    var hint = document.createElement("p");
    hint.className = "scroll-hint";
    hint.hidden = true;
    hint.textContent = "Scroll sideways to see the whole " + kind + ".";
    region.parentNode.insertBefore(hint, region);
    region.parentNode.insertBefore(frame, region);
    frame.appendChild(region);

    function update() {
      var hidden = region.scrollWidth - region.clientWidth;
      var cut = hidden > 1;
      hint.hidden = !cut;
      frame.classList.toggle("scroll-frame--more-left", cut && region.scrollLeft > 1);
      frame.classList.toggle("scroll-frame--more-right", cut && region.scrollLeft < hidden - 1);
    }

    var opensAt = parseFloat(region.getAttribute("data-scroll-opens-at"));
    if (!isNaN(opensAt)) {
      var point = opensAt * region.scrollWidth;
      region.scrollLeft = Math.max(0, point - region.clientWidth * 2 / 3);
    }
    region.addEventListener("scroll", update, { passive: true });
    if (window.ResizeObserver) {
      new ResizeObserver(update).observe(region);
    } else {
      window.addEventListener("resize", update);
    }
    update();
  }

  Array.prototype.forEach.call(document.querySelectorAll(REGIONS), setUp);
})();
