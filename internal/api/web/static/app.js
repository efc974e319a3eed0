// Keyboard shortcuts of the review page: j/k move the selection, a accepts,
// r rejects, s skips, e edits the selected commitment, u undoes the last
// decision, x ticks the card for the bulk form. No other page uses them.
(function () {
  "use strict";
  if (document.body.dataset.page !== "review") { return; }
  var cards = Array.prototype.slice.call(document.querySelectorAll("#queue .card"));
  var undo = document.querySelector("#last form.undo");
  if (cards.length === 0) {
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "u" && undo && !ev.ctrlKey && !ev.metaKey && !ev.altKey) { ev.preventDefault(); undo.requestSubmit(); }
    });
    document.body.dataset.keys = "ready";
    return;
  }
  var index = 0;
  var hash = window.location.hash.slice(1);
  cards.forEach(function (c, i) { if (c.id === hash) { index = i; } });

  function select(i) {
    if (i < 0 || i >= cards.length) { return; }
    cards[index].classList.remove("selected");
    index = i;
    cards[index].classList.add("selected");
    cards[index].focus({ preventScroll: true });
    cards[index].scrollIntoView({ block: "nearest" });
    // Keep the card clear of the sticky progress bar.
    var bar = document.getElementById("progress");
    if (bar) {
      var top = cards[index].getBoundingClientRect().top, h = bar.getBoundingClientRect().height;
      if (top < h) { window.scrollBy(0, top - h - 8); }
    }
  }
  select(index);

  // count shows how many cards are ticked for the bulk form.
  var counter = document.getElementById("bulk-count");
  function count() {
    var n = document.querySelectorAll("#queue .tick input:checked").length;
    if (counter) { counter.textContent = n === 0 ? "Tick cards (x) to decide them together:" : n + " ticked:"; }
  }
  document.querySelectorAll("#queue .tick input").forEach(function (cb) { cb.addEventListener("change", count); });

  cards.forEach(function (c, i) { c.addEventListener("click", function () { select(i); }); });

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) { return; }
    var card = cards[index];
    switch (ev.key) {
      case "j": select(index + 1); break;
      case "k": select(index - 1); break;
      case "a": card.querySelector("form.accept").requestSubmit(); break;
      case "r": card.querySelector("form.reject").requestSubmit(); break;
      case "e": window.location.href = card.querySelector("a.edit").getAttribute("href"); break;
      case "s": window.location.href = card.querySelector("a.skip").getAttribute("href"); break;
      case "u": if (!undo) { return; } undo.requestSubmit(); break;
      case "x": var cb = card.querySelector(".tick input"); if (!cb) { return; } cb.checked = !cb.checked; count(); break;
      default: return;
    }
    ev.preventDefault();
  });
  // Tells tests (and anyone curious) that the shortcuts are active.
  document.body.dataset.keys = "ready";
})();
