/* Dossier note cards. A note reference (sup.note-ref a) shows its note, read from the
   page's own notes list, on hover, focus and tap. One set of listeners on the document;
   without this script every reference is a plain link to its note. */
(function () {
  "use strict";
  var doc = document, win = window;
  var card, title, source, body, current = null, pinned = false, pushed = false;
  var openTimer = 0, closeTimer = 0, lastScroll = 0, quiet = false;
  var sheet = win.matchMedia("(max-width: 600px)");

  function refOf(node) {
    return node && node.closest ? node.closest("sup.note-ref a") : null;
  }
  function noteOf(ref) {
    return doc.getElementById(decodeURIComponent(ref.hash.slice(1)));
  }
  function onScreen(node) {
    var box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= win.innerHeight && box.height > 0;
  }
  function part(tag, className) {
    var node = doc.createElement(tag);
    node.className = className;
    return node;
  }
  function build() {
    card = part("span", "note-card");
    card.id = "note-card";
    card.hidden = true;
    card.tabIndex = -1;
    card.setAttribute("role", "dialog");
    card.setAttribute("aria-modal", "false");
    card.setAttribute("aria-labelledby", "note-card-title");
    var head = part("span", "note-card-head");
    title = part("strong", "note-card-title");
    title.id = "note-card-title";
    var close = part("button", "note-card-close");
    close.type = "button";
    close.setAttribute("aria-label", "Close note");
    close.textContent = "×";
    source = part("span", "note-card-source");
    body = part("span", "note-card-body");
    body.id = "note-card-body";
    head.append(title, close);
    card.append(head, source, body);
  }
  function fill(note, ref) {
    title.textContent = "Note " + ref.textContent;
    var from = note.querySelector(".note-source");
    source.textContent = "";
    if (from) {
      from.querySelectorAll(".note-outlet, .note-date").forEach(function (piece, index) {
        if (index) source.append(" · ");
        source.append(piece.cloneNode(true));
      });
    }
    source.hidden = !source.textContent;
    body.textContent = "";
    note.querySelectorAll(from ? ".note-rest, .note-cited" : ".note-text, .note-cited").forEach(function (piece) {
      var copy = piece.cloneNode(true);
      copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
      body.append(copy, " ");
    });
  }
  function place(ref) {
    card.classList.toggle("note-card--sheet", sheet.matches);
    card.style.left = card.style.top = "";
    if (sheet.matches) {
      var covered = ref.getBoundingClientRect().bottom - (win.innerHeight - card.offsetHeight) + 12;
      if (covered > 0) win.scrollBy(0, covered);
      return;
    }
    var box = ref.getBoundingClientRect(), origin = card.offsetParent.getBoundingClientRect();
    var width = card.offsetWidth, height = card.offsetHeight, room = doc.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left - 16, room - width - 8));
    var below = box.bottom + 6, above = box.top - height - 6;
    var flip = below + height > win.innerHeight && above >= 0;
    card.classList.toggle("note-card--above", flip);
    card.style.left = left - origin.left + "px";
    card.style.top = (flip ? above : below) - origin.top + "px";
  }
  function flash(note) {
    note.classList.remove("note-flash");
    void note.offsetWidth;
    note.classList.add("note-flash");
  }
  function show(ref, pin) {
    var note = noteOf(ref);
    clearTimeout(closeTimer);
    if (!note) return;
    if (onScreen(note)) {
      hide();
      flash(note);
      return;
    }
    if (!card) build();
    if (current !== ref) {
      hide();
      ref.parentNode.after(card);
      fill(note, ref);
      current = ref;
    }
    card.hidden = false;
    ref.setAttribute("aria-describedby", body.id);
    place(ref);
    if (pin && !pinned) {
      pinned = true;
      card.classList.add("note-card--pinned");
      if (sheet.matches && !pushed) {
        history.pushState({ noteCard: true }, "");
        pushed = true;
      }
      card.focus();
    }
  }
  function hide(restoreFocus) {
    clearTimeout(openTimer);
    if (!current) return;
    var ref = current;
    card.hidden = true;
    card.classList.remove("note-card--pinned");
    ref.removeAttribute("aria-describedby");
    current = null;
    pinned = false;
    if (pushed) {
      pushed = false;
      history.back();
    }
    if (restoreFocus) {
      quiet = true;
      ref.focus();
      quiet = false;
    }
  }
  function hideSoon() {
    clearTimeout(openTimer);
    if (!pinned) closeTimer = setTimeout(hide, 300);
  }

  doc.addEventListener("pointerover", function (event) {
    if (event.pointerType !== "mouse") return;
    var ref = refOf(event.target);
    if (ref) {
      clearTimeout(openTimer);
      clearTimeout(closeTimer);
      openTimer = setTimeout(function wait() {
        if (Date.now() - lastScroll < 150) openTimer = setTimeout(wait, 150);
        else show(ref, false);
      }, 150);
    } else if (card && card.contains(event.target)) {
      clearTimeout(closeTimer);
    }
  });
  doc.addEventListener("pointerout", function (event) {
    if (event.pointerType !== "mouse") return;
    var from = refOf(event.target) || (card && card.contains(event.target) ? card : null);
    var to = event.relatedTarget;
    if (from && !(to && (refOf(to) === current || (card && card.contains(to))))) hideSoon();
  });
  doc.addEventListener("focusin", function (event) {
    var ref = refOf(event.target);
    if (ref && !quiet) show(ref, false);
  });
  doc.addEventListener("focusout", function (event) {
    var to = event.relatedTarget;
    if (!current || (to && (to === current || card.contains(to)))) return;
    if (refOf(event.target) === current || card.contains(event.target)) hide();
  });
  doc.addEventListener("click", function (event) {
    var ref = refOf(event.target);
    if (ref) {
      event.preventDefault();
      show(ref, true);
    } else if (card && event.target.closest(".note-card-close")) {
      hide(true);
    } else if (current && !card.contains(event.target)) {
      hide();
    }
  });
  doc.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && current) {
      var inside = card.contains(doc.activeElement) || doc.activeElement === current;
      hide(inside);
    } else if (event.key === "Enter" && refOf(event.target)) {
      event.preventDefault();
      show(refOf(event.target), true);
    }
  });
  win.addEventListener("scroll", function () { lastScroll = Date.now(); }, { passive: true });
  win.addEventListener("resize", function () { if (current) place(current); });
  win.addEventListener("popstate", function () {
    if (pushed) {
      pushed = false;
      hide();
    }
  });
})();
