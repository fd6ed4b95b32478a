/* Dossier, every page: the phone menu closes on a tap or click outside it, and on Escape. */
(function () {
  "use strict";
  var menu = document.querySelector(".site-menu");
  if (!menu) return;
  document.addEventListener("click", function (event) {
    if (menu.open && !menu.contains(event.target)) menu.open = false;
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
})();
