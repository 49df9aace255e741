/* Zone Reform Atlas embed loader: sets the height of atlas iframes (iframe[data-zone-reform-atlas]) from the
   {context: 'iframe.resize', height} messages each one posts about itself. It does nothing else: no requests,
   no cookies, no storage, no other DOM changes. Several copies on one page are harmless. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.context !== 'iframe.resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.querySelectorAll('iframe[data-zone-reform-atlas]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
