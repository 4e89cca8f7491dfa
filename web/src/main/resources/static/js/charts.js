// Draws every element marked data-chart="bars" with Apache ECharts: labels and values come from
// the page (data-labels, data-values, separated by "|"); the table beside it carries the same
// figures for screen readers and for anyone without scripts. Charts in a part of the page that htmx
// replaced (a live refresh) are drawn again.
function drawCharts(root) {
  if (typeof echarts === 'undefined') { return; }
  root.querySelectorAll('[data-chart="bars"]').forEach(function (element) {
    var labels = element.dataset.labels.split('|');
    var values = element.dataset.values.split('|').map(Number);
    (echarts.getInstanceByDom(element) || echarts.init(element)).setOption({
      aria: { enabled: true },
      grid: { left: 40, right: 10, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#0b6e4f' } }]
    });
  });
}
drawCharts(document);
document.addEventListener('htmx:load', function (event) { drawCharts(event.detail.elt); });
