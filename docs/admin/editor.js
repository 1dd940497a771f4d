// Starts the web editor (Decap CMS) with two additions of our own:
//  1. "needed when" twins of the text, string and select widgets, for a field that becomes
//     required once another has some value (a note once a milestone is done). The rules are
//     generated into config.yml from the models (macros/tools/cms_config.py, NEEDED_WHEN).
//  2. Empty optional fields are left out of the file, as officers are told to do by hand:
//     Decap would write `note: ""`, which validate-data refuses.
//  3. On this machine (scripts/edit, the browser tests) it saves through the local backend
//     that the same server forwards /api/v1 to; anywhere else it signs in to GitHub.
(function () {
  "use strict";

  function isEmpty(value) {
    return value === undefined || value === null || value === "" ||
      (typeof value === "string" && value.trim() === "") ||
      (value && typeof value.size === "number" && value.size === 0);
  }

  function needs(field, entry) {
    const rule = field.get("needed_when");
    const other = entry.getIn(["data", rule.get("field")]);
    const oneOf = rule.get("one_of");
    return rule.get("empty") ? isEmpty(other) : Boolean(oneOf && oneOf.includes(other));
  }

  ["text", "string", "select"].forEach(function (base) {
    const widget = CMS.getWidget(base);
    class NeededWhen extends widget.control {
      constructor(props) {
        super(props);
        const own = this.isValid;
        // Decap calls isValid unbound, so it is an arrow function over this control's props.
        this.isValid = () => {
          const result = own ? own.call(this) : true;
          if (result !== true && result && result.error) return result;
          const { field, value, getEntry, entry } = this.props;
          if (isEmpty(value) && needs(field, getEntry ? getEntry() : entry)) {
            return { error: { type: "CUSTOM", message: field.getIn(["needed_when", "message"]) } };
          }
          return result;
        };
      }
    }
    CMS.registerWidget(base + "-needed-when", NeededWhen, widget.preview);
  });

  // Immutable maps and lists (the entry's data) have filter; strings and numbers do not.
  function pruned(value) {
    if (value && typeof value === "object" && typeof value.filter === "function") {
      return value.map(pruned).filter(function (item) { return !isEmpty(item); });
    }
    return value;
  }
  CMS.registerEventListener({ name: "preSave", handler: function ({ entry }) { return pruned(entry.get("data")); } });

  const onThisMachine = ["localhost", "127.0.0.1"].includes(location.hostname);
  CMS.init(onThisMachine ? { config: { local_backend: { url: new URL("/api/v1", location.href).href } } } : undefined);
})();
