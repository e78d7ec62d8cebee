// Injected into a built SOP page by tests/suite/flowchart_browser.rs: measures
// the procedure table and its flowchart as the browser drew them, and
// writes the findings as JSON into <pre id="hasil-ukur"> for --dump-dom.
(async () => {
  await document.fonts.ready;
  const PAGE_HEIGHT = 718; // A4 landscape less 10 mm margins, in CSS px
  const PAGE_WIDTH = 1047;
  const out = {
    font: document.fonts.check('12px "Sopgen Sans"'),
    rows: 0,
    symbols: 0,
    pages: document.querySelectorAll('.halaman-prosedur').length,
    problems: [],
  };
  const problem = (p) => out.problems.push(p);
  // The table may scroll sideways within its frame; the page must not.
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    problem(`the page scrolls sideways at ${window.innerWidth}px: ${document.documentElement.scrollWidth}px wide`);
  }
  for (const page of document.querySelectorAll('.halaman-prosedur')) {
    const table = page.querySelector('table');
    const box = table.getBoundingClientRect();
    if (box.height > PAGE_HEIGHT) problem(`a procedure page is ${box.height}px tall, more than a printed page`);
    if (box.width > PAGE_WIDTH) problem(`a procedure page is ${box.width}px wide, more than a printed page`);
    const svg = table.querySelector('svg.sop-flow');
    const cell = svg.closest('td').getBoundingClientRect();
    const s = svg.getBoundingClientRect();
    if (s.left < cell.left - 0.5 || s.right > cell.right + 0.5 || s.bottom > cell.bottom + 0.5) {
      problem(`the flowchart leaves its cell: ${JSON.stringify(s)} in ${JSON.stringify(cell)}`);
    }
  }
  for (const tr of document.querySelectorAll('tr[id^="langkah-"]')) {
    const n = tr.id.slice('langkah-'.length);
    const r = tr.getBoundingClientRect();
    const want = parseFloat(tr.style.height);
    out.rows++;
    if (Math.abs(r.height - want) > 0.6) {
      // Name the cell whose text needs the room.
      let tallest = null;
      for (const td of tr.querySelectorAll('td:not(.alur)')) {
        const range = document.createRange();
        range.selectNodeContents(td);
        const h = range.getBoundingClientRect().height;
        if (!tallest || h > tallest.h) tallest = { h, cls: td.className, w: td.clientWidth, text: td.textContent.trim() };
      }
      problem(`row ${n} is ${r.height}px tall, laid out for ${want}px; tallest text: ${JSON.stringify(tallest)}`);
    }
    for (const td of tr.querySelectorAll('td:not(.alur)')) {
      if (td.scrollHeight > td.clientHeight + 1 || td.scrollWidth > td.clientWidth + 1) {
        problem(`row ${n}: text overflows its cell (${td.className}: ${td.scrollWidth}x${td.scrollHeight} in ${td.clientWidth}x${td.clientHeight})`);
      }
    }
    const syms = document.querySelectorAll(`.sym[data-step="${n}"]`);
    if (syms.length === 0) problem(`row ${n} has no symbol`);
    for (const sym of syms) {
      out.symbols++;
      const b = sym.getBoundingClientRect();
      if (b.top < r.top - 0.5 || b.bottom > r.bottom + 0.5) problem(`row ${n}: its symbol (${b.top}-${b.bottom}) is outside the row (${r.top}-${r.bottom})`);
      const lane = sym.closest('svg').querySelectorAll('.lane');
      const inLane = [...lane].some((l) => {
        const lb = l.getBoundingClientRect();
        return b.left >= lb.left - 0.5 && b.right <= lb.right + 0.5;
      });
      if (!inLane) problem(`row ${n}: a symbol is not inside a lane`);
    }
  }
  const pre = document.createElement('pre');
  pre.id = 'hasil-ukur';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
