/* On every page, as progressive enhancement (without JavaScript the page still works):
 *
 * 1. The header's menu and search buttons. Material opens them with <label>s tied to hidden
 *    checkboxes, which a mouse can use but a keyboard cannot reach. The header
 *    (overrides/partials/header.html) also holds a real <button> for each, hidden; here the
 *    buttons replace the labels and tick the same checkboxes, so Material's own code opens
 *    the menu or search as before; an open search takes focus into its field. Escape closes
 *    the menu and returns focus to its button.
 * 2. A printed page's address and date (overrides/partials/print-footer.html).
 * 3. Search closes when focus leaves it, so the page is not left dimmed behind it.
 * 4. The search form's submit button, for screen readers (below).
 */
(function () {
  "use strict";

  function setUpToggle(button) {
    var checkbox = document.getElementById(button.getAttribute("data-site-toggle"));
    if (!checkbox) {
      return null;
    }
    var label = document.querySelector('label.site-toggle-label[for="' + checkbox.id + '"]');
    function sync() {
      button.setAttribute("aria-expanded", checkbox.checked ? "true" : "false");
    }
    button.addEventListener("click", function () {
      checkbox.click(); // fires "change", which Material listens to
      sync();
      // Search opened from the keyboard: type straight away, as with Material's own shortcut.
      var selector = button.getAttribute("data-site-focus");
      var field = checkbox.checked && selector && document.querySelector(selector);
      if (field) {
        field.focus();
      }
    });
    checkbox.addEventListener("change", sync);
    if (label) {
      label.hidden = true;
    }
    button.hidden = false;
    sync();
    return { button: button, checkbox: checkbox, sync: sync };
  }

  var toggles = Array.prototype.slice.call(document.querySelectorAll("button[data-site-toggle]"))
    .map(setUpToggle)
    .filter(Boolean);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    toggles.forEach(function (toggle) {
      if (toggle.checkbox.id === "__drawer" && toggle.checkbox.checked) {
        toggle.checkbox.click();
        toggle.sync();
        toggle.button.focus();
      }
    });
  });
  // Material also closes the menu and search itself (a tap outside, a link followed); keep
  // each button's aria-expanded true to what is open whenever focus moves.
  document.addEventListener("focusin", function () {
    toggles.forEach(function (toggle) { toggle.sync(); });
  });

  // Material closes the search on Tab or Escape from its field, but focus can leave it in other
  // ways: a screen reader moving through the page, a click on a link beside the search. Then the
  // page stayed dimmed behind a search nobody was using. The header's search button is left
  // out: it closes the search itself when pressed, and closing it here first would reopen it.
  var searchToggle = document.getElementById("__search");
  var searchBox = document.querySelector(".md-search");
  if (searchToggle && searchBox) {
    document.addEventListener("focusin", function (event) {
      var target = event.target;
      var isSearchButton = target.closest && target.closest("[data-site-toggle='__search']");
      if (searchToggle.checked && target !== searchToggle && !searchBox.contains(target) && !isSearchButton) {
        searchToggle.click(); // fires "change", which Material listens to
      }
    });
  }

  var address = document.querySelector("[data-print-address]");
  if (address) {
    address.textContent = window.location.href.split("#")[0];
  }
  var printed = document.querySelector("[data-print-date]");
  if (printed) {
    window.addEventListener("beforeprint", function () {
      printed.querySelector("span").textContent = new Date().toLocaleDateString("en-GB", {
        day: "numeric", month: "long", year: "numeric"
      });
      printed.hidden = false;
    });
  }
})();

/* 4. The search form's submit button (overrides/partials/search.html), which only a screen
 *    reader reaches: it does what Enter in the field does, opening the first result, or, with
 *    no results yet, puts focus back in the field. The form is never sent to the server. */
(function () {
  "use strict";

  var form = document.querySelector("form.md-search__form");
  if (!form) {
    return;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = document.querySelector("[data-md-component='search-result'] .md-search-result__list a[href]");
    if (first) {
      first.click();
    } else {
      form.querySelector("[data-md-component='search-query']").focus();
    }
  });
})();
