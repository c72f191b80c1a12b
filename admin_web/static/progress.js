// An announcement's delivery, live: polls its progress.json every 2 s and updates the
// figures and the bar, until nothing is left to send. A poll's answers (each choice's
// count, marked data-answer, and the "N of M answered" line, data-answered) are
// followed too, every 5 s once delivery is over, as long as the poll takes answers.
// Without JS the page shows the figures of its last load, and a refresh link.
(function () {
  "use strict";
  var section = document.querySelector("[data-progress-url]");
  if (!section) { return; }
  var url = section.getAttribute("data-progress-url");

  function show(figures) {
    section.querySelectorAll("[data-figure]").forEach(function (node) {
      var name = node.getAttribute("data-figure");
      if (node.tagName === "PROGRESS") {
        node.value = figures.percent;
        node.textContent = figures.percent + " %";
      } else {
        node.textContent = figures[name];
      }
    });
    section.querySelector("[data-finished]").hidden = !figures.finished;
    if (figures.answers) {
      document.querySelectorAll("[data-answer]").forEach(function (node) {
        var count = figures.answers[Number(node.getAttribute("data-answer"))];
        if (count !== undefined) { node.textContent = count; }
      });
      var answered = document.querySelector("[data-answered]");
      if (answered && figures.answered_text) { answered.textContent = figures.answered_text; }
    }
  }

  function poll() {
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      })
      .then(function (figures) {
        show(figures);
        if (!figures.finished) { window.setTimeout(poll, 2000); }
        else if (figures.open) { window.setTimeout(poll, 5000); }  // answers still come
      })
      .catch(function () { window.setTimeout(poll, 10000); });  // offline for a while
  }

  if (section.querySelector("[data-finished]").hidden) { window.setTimeout(poll, 2000); }
  else if (section.hasAttribute("data-answers-open")) { window.setTimeout(poll, 5000); }
}());
