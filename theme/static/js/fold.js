// Dossier's one folding rule, the same as fold() in plugins/dossier/text.py (tests/test_fold.py checks that they agree):
// lower case without accents, one character for one, so that a match in the folded text is a match at the same place
// in the text. Letters with no decomposition (ı ø ł đ), apostrophes and dashes are mapped by hand; a character outside
// the Basic Multilingual Plane (two UTF-16 units here) is kept as it is.
window.dossierFold = (function () {
  "use strict";
  var letters = { "ı": "i", "ø": "o", "ł": "l", "đ": "d", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-" };
  return function (text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i], code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdfff) { out += c; continue; }
      var base = c.normalize("NFKD")[0] || c, lower = base.toLowerCase();
      var folded = lower.length === 1 ? lower : base;
      out += Object.prototype.hasOwnProperty.call(letters, folded) ? letters[folded] : folded;
    }
    return out;
  };
})();
