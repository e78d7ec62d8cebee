/* sopgen: small enhancements for every page; everything works without it.
 * "/" puts the cursor in the search box (unless typing in a field).
 * A "Cetak" button where a page asks for one (data-cetak): added here, so
 * that without JavaScript no dead button shows (the browser's own print
 * works the same). */
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
  var tempat = document.querySelectorAll("[data-cetak]");
  for (var i = 0; i < tempat.length; i++) {
    var tombol = document.createElement("button");
    tombol.type = "button";
    tombol.className = "tombol-cetak";
    tombol.textContent = "Cetak";
    tombol.addEventListener("click", function () {
      window.print();
    });
    tempat[i].insertBefore(tombol, tempat[i].firstChild);
  }
})();
