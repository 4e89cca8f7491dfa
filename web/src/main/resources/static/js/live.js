// Live regions (data-live) are refreshed by htmx when their stream announces a change. When a
// stream opens again (the server ended it, or the network dropped), changes may have been announced
// while it was closed, so its regions are refreshed once.
document.addEventListener('htmx:sseOpen', function (event) {
  var source = event.target;
  if (source.dataset.liveOpened) {
    source.querySelectorAll('[data-live]').forEach(function (region) {
      htmx.trigger(region, 'live-reopened');
    });
  }
  source.dataset.liveOpened = 'yes';
});
