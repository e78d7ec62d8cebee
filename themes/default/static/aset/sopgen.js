/* sopgen: small enhancements for every page; everything works without it.
 * "/" puts the cursor in the search box (unless typing in a field). */
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (typing) return;
    var box = document.getElementById("q") || document.getElementById("kotak-q");
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
})();
