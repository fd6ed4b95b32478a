/* Dossier speakers index: a filter box over names, roles and countries (accents and case ignored);
   its words are kept in the address's #hash. Without JavaScript the whole index shows. */
(function () {
  "use strict";
  var form = document.querySelector(".speaker-filter");
  if (!form) return;
  var input = form.querySelector("input"), count = form.querySelector(".speaker-filter-count");
  var none = document.querySelector(".speaker-filter-none");
  var items = [].slice.call(document.querySelectorAll(".speaker-list li"));
  function fold(text) { return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  items.forEach(function (item) { item.hay = fold((item.getAttribute("data-filter") || "") + " " + item.textContent); });

  function apply() {
    var terms = fold(input.value).split(/\s+/).filter(Boolean), shown = 0;
    items.forEach(function (item) {
      var match = terms.every(function (term) { return item.hay.indexOf(term) >= 0; });
      item.hidden = !match;
      if (match) shown++;
    });
    [].forEach.call(document.querySelectorAll(".speaker-group, .speaker-kind-group"), function (group) {
      group.hidden = !group.querySelector(".speaker-list li:not([hidden])");
    });
    none.hidden = shown > 0;
    count.textContent = terms.length ? shown + " of " + items.length + " speakers" : "";
  }

  function save() {
    var value = input.value.trim(), url = location.href.split("#")[0] + (value ? "#q=" + encodeURIComponent(value) : "");
    try { history.replaceState(null, "", url); } catch (error) { /* a file: page may refuse; the filter still works */ }
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () { apply(); save(); });
  var hash = location.hash.match(/^#q=(.*)$/);
  if (hash) input.value = decodeURIComponent(hash[1]);
  apply();
})();
