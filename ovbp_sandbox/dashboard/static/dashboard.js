// Draws the page's plot with plotly.js and, when the user zooms, asks the server for the visible range
// again, so that the points drawn stay about as many as the plot is wide, however long the series.
"use strict";
(function () {
  const plot = document.getElementById("plot");
  const source = document.getElementById("plot-data");
  if (!plot || !source || !window.Plotly) return;
  const initial = JSON.parse(source.textContent);

  function traces(answer) {
    return answer.series.map((s) => ({
      x: s.x,
      y: s.y,
      name: s.unit ? `${s.name} (${s.unit})` : s.name,
      type: "scatter",
      mode: s.shown <= 300 ? "lines+markers" : "lines",
      connectgaps: false,
      meta: s.id,
    }));
  }

  function showCounts(answer) {
    for (const s of answer.series) {
      const row = document.querySelector(`#summary-table tr[data-series="${s.id}"]`);
      if (!row) continue;
      row.querySelector('[data-role="count"]').textContent = s.count.toLocaleString("en");
      row.querySelector('[data-role="shown"]').textContent = s.shown.toLocaleString("en");
    }
  }

  const layout = {
    margin: { l: 60, r: 20, t: 20, b: 40 },
    xaxis: { type: "date", title: { text: "wall time (tzt)" } },
    yaxis: { automargin: true },
    legend: { orientation: "h", y: -0.15 },
    showlegend: true,
  };
  Plotly.newPlot(plot, traces(initial), layout, { responsive: true, displaylogo: false });
  plot.dataset.ready = "true";
  showCounts(initial);

  const form = document.querySelector("form.range");
  const pageRange = {
    start: form ? form.elements.start.value : "",
    end: form ? form.elements.end.value : "",
  };
  let asked = 0;
  plot.on("plotly_relayout", async (change) => {
    let range;
    if ("xaxis.range[0]" in change) range = [change["xaxis.range[0]"], change["xaxis.range[1]"]];
    else if (Array.isArray(change["xaxis.range"])) range = change["xaxis.range"];
    else if (change["xaxis.autorange"]) range = null;
    else return;
    const ticket = ++asked;
    const url = new URL(plot.dataset.pointsUrl, window.location.href);
    url.searchParams.set("start", range ? range[0] : pageRange.start);
    url.searchParams.set("end", range ? range[1] : pageRange.end);
    const response = await fetch(url, { headers: { accept: "application/json" } });
    if (!response.ok || ticket !== asked) return;
    const answer = await response.json();
    if (ticket !== asked) return;
    const xaxis = range ? { ...layout.xaxis, range: range, autorange: false } : { ...layout.xaxis, autorange: true };
    await Plotly.react(plot, traces(answer), { ...layout, xaxis: xaxis });
    showCounts(answer);
  });
})();
