// The teacher's student page: problems and lines of work drawn with KaTeX. The server cut each text into words and
// maths (with LaTeX); the plain text stays on the page wherever KaTeX is missing or cannot draw a piece.
(function () {
  'use strict';
  if (!window.katex) {
    return;
  }
  document.querySelectorAll('.math[data-latex]').forEach(function (m) {
    var plain = m.textContent;
    try {
      window.katex.render(m.dataset.latex, m, { throwOnError: true, displayMode: false });
    } catch (e) {
      m.textContent = plain;
    }
  });
})();
