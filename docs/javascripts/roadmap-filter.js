/* Filters for the roadmap (docs/roadmap.md), added as progressive enhancement.
 *
 * Without JavaScript the page is the whole timeline in date order, and this file does
 * nothing. With it, a form to filter by theme and by status is built here at runtime
 * (so no dead controls exist without JavaScript), and the number of milestones shown is
 * announced in a live region. Items are hidden with the `hidden` attribute, which also
 * hides them from screen readers.
 */
(function () {
  "use strict";

  var WHOLE_STRATEGY = "whole-strategy";
  var OVERDUE = "overdue";

  function option(value, text) {
    var element = document.createElement("option");
    element.value = value;
    element.textContent = text;
    return element;
  }

  function labelledSelect(id, labelText, options) {
    var wrapper = document.createElement("div");
    wrapper.className = "timeline-filters__field";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = labelText;
    var select = document.createElement("select");
    select.id = id;
    select.name = id;
    options.forEach(function (pair) { select.appendChild(option(pair[0], pair[1])); });
    wrapper.appendChild(label);
    wrapper.appendChild(select);
    return { wrapper: wrapper, select: select };
  }

  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function matches(item, theme, status) {
    var themes = (item.getAttribute("data-themes") || "").split(" ").filter(Boolean);
    var themeOk = theme === "" ||
      (theme === WHOLE_STRATEGY ? themes.length === 0 : themes.indexOf(theme) !== -1);
    var statusOk = status === "" ||
      (status === OVERDUE ? item.getAttribute("data-overdue") === "yes"
                          : item.getAttribute("data-status") === status);
    return themeOk && statusOk;
  }

  function emptyNote(list) {
    var note = list.querySelector(".timeline__empty");
    if (!note) {
      note = document.createElement("li");
      note.className = "timeline__empty";
      note.textContent = "No milestones in this phase match the filters.";
      list.appendChild(note);
    }
    return note;
  }

  function setUp(container) {
    var themes = JSON.parse(container.getAttribute("data-themes") || "[]");
    var statuses = JSON.parse(container.getAttribute("data-statuses") || "[]");
    var lists = Array.prototype.slice.call(document.querySelectorAll("ol[data-timeline]"));
    var items = [];
    lists.forEach(function (list) {
      items = items.concat(Array.prototype.slice.call(list.querySelectorAll("li[data-milestone]")));
    });

    var form = document.createElement("form");
    form.className = "timeline-filters__form";
    form.setAttribute("aria-label", "Filter milestones");
    var heading = document.createElement("h2");
    heading.className = "timeline-filters__heading";
    heading.id = "filter-milestones";
    heading.textContent = "Filter milestones";

    var theme = labelledSelect("filter-theme", "Theme", [["", "All themes"]]
      .concat(themes.map(function (t) { return [t.id, t.name]; }))
      .concat([[WHOLE_STRATEGY, "The whole strategy (no single theme)"]]));
    var status = labelledSelect("filter-status", "Status", [["", "All statuses"]]
      .concat(statuses.map(function (s) { return [s, capitalise(s)]; }))
      .concat([[OVERDUE, "Overdue"]]));
    // The filters apply as soon as a choice changes; the button is for those who look for one,
    // and a form needs a way to send it that is not Enter (WCAG technique H32).
    var submit = document.createElement("button");
    submit.type = "submit";
    submit.className = "md-button md-button--primary";
    submit.textContent = "Apply filters";
    var reset = document.createElement("button");
    reset.type = "reset";
    reset.className = "md-button";
    reset.textContent = "Show all milestones";
    var count = document.createElement("p");
    count.className = "timeline-filters__count";
    count.setAttribute("role", "status");  // a polite live region: the count is announced

    form.appendChild(theme.wrapper);
    form.appendChild(status.wrapper);
    form.appendChild(submit);
    form.appendChild(reset);
    container.appendChild(heading);
    container.appendChild(form);
    container.appendChild(count);

    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var visible = matches(item, theme.select.value, status.select.value);
        item.hidden = !visible;
        if (visible) { shown += 1; }
      });
      lists.forEach(function (list) {
        var any = Boolean(list.querySelector("li[data-milestone]:not([hidden])"));
        emptyNote(list).hidden = any;
        // "Today" only makes sense between milestones: not in a list the filters emptied.
        var today = list.querySelector("li[data-today]");
        if (today) { today.hidden = !any; }
      });
      // "Show all" only when the filters hide something: with all shown it would offer nothing.
      reset.hidden = shown === items.length;
      var noun = items.length === 1 ? "milestone" : "milestones";
      count.textContent = shown === items.length
        ? "Showing all " + items.length + " " + noun + "."
        : "Showing " + shown + " of " + items.length + " " + noun + ".";
    }

    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    // A reset restores the selects after this event, so filter on the next tick.
    // The button hides itself once all are shown: focus goes to the first filter, not lost.
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        var hadFocus = document.activeElement === reset;
        apply();
        if (hadFocus) { theme.select.focus(); }
      }, 0);
    });
    apply();
  }

  function start() {
    var container = document.querySelector("[data-timeline-filters]");
    if (container && !container.hasAttribute("data-ready")) {
      container.setAttribute("data-ready", "");
      setUp(container);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
