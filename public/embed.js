/* Zone Reform Atlas embed loader.
   1. Heights: sets the height of atlas iframes (iframe[data-zone-reform-atlas]) from the {context: 'iframe.resize',
      height} messages each one posts about itself.
   2. Scroll stories: elements marked data-atlas-step="7" (a tour step) or data-atlas-step="zone=…" (a view of the
      URL contract) move the atlas iframe of their [data-atlas-story] container (else the page's first atlas iframe)
      as they cross the middle of the viewport (IntersectionObserver and scrollend; no per-frame scroll handlers), or take the keyboard focus.
      With a container, the iframe stays in view: beside the text on wide containers, behind the text cards on narrow
      ones (data-atlas-story="plain" keeps the page's own layout).
   Messages go only to the iframe's own origin. It makes no requests, sets no cookies, uses no storage, and changes
   no DOM beyond the styles and attributes named here. Several copies on one page are harmless (the first one runs). */
(function () {
  'use strict';
  if (window.__zoneReformAtlasEmbed) return;
  window.__zoneReformAtlasEmbed = true;

  var FRAME = 'iframe[data-zone-reform-atlas]';
  /** Wider than this (px), a story's text and map sit side by side; narrower, the map is behind the cards. */
  var SIDE_FROM = 800;
  var stories = [];

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin;
    } catch {
      return null;
    }
  }
  function storyOf(frame) {
    for (var i = 0; i < stories.length; i++) if (stories[i].frame === frame) return stories[i];
    return null;
  }
  function frameOf(source) {
    var frames = document.querySelectorAll(FRAME);
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var story = storyOf(frame);
    if (data.context === 'iframe.resize') {
      // A story's frame is as tall as the viewport, whatever its content says.
      if (story) return;
      var height = Number(data.height);
      if (!isFinite(height) || height < 50 || height > 20000) return;
      frame.style.height = Math.ceil(height) + 'px';
    } else if (data.context === 'atlas.ready' && story && event.origin === story.origin) {
      story.ready();
    }
  });

  /** Sets CSSOM styles (allowed under style-src 'self', unlike style attributes), remembering them to undo. */
  function setStyles(el, styles, undo) {
    for (var k in styles) {
      if (!Object.prototype.hasOwnProperty.call(styles, k)) continue;
      if (
        !undo.some(function (u) {
          return u[0] === el && u[1] === k;
        })
      )
        undo.push([el, k, el.style[k]]);
      var values = styles[k] instanceof Array ? styles[k] : [styles[k]];
      // Later values win where the browser knows them (100svh after 100vh).
      for (var v = 0; v < values.length; v++) el.style[k] = values[v];
    }
  }

  /**
   * The cards' background: the page's own, behind the container (the first ancestor with a colour), at 92 % so the map
   * shows through a little; white where the page sets none. The text keeps the page's colour.
   */
  function cardBackground(el) {
    for (var node = el; node && node.nodeType === 1; node = node.parentElement) {
      var c = getComputedStyle(node).backgroundColor;
      var m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(c);
      if (m && (m[4] === undefined || Number(m[4]) > 0.5))
        return 'rgba(' + m[1] + ', ' + m[2] + ', ' + m[3] + ', 0.92)';
    }
    return 'rgba(255, 255, 255, 0.92)';
  }

  function makeStory(container, frame, steps, plain) {
    var story = { frame: frame, origin: originOf(frame), ready: null };
    var ready = false;
    /** The step value the page is at (null: none yet), and the one the frame was last sent. */
    var current = null;
    var shown = null;
    var layout = null;
    var undo = [];

    function post(message) {
      if (ready && frame.contentWindow && story.origin) frame.contentWindow.postMessage(message, story.origin);
    }
    function send() {
      if (!ready || current === null || current === shown) return;
      if (current === '' && shown === null) return;
      shown = current;
      post({ context: 'atlas.step', step: current });
    }
    /**
     * The step the reader has reached: the last marked paragraph whose top has crossed the viewport's middle line
     * (null: none yet, the frame's own view). Worked out from where the paragraphs are, so a jump (End, Home, a link
     * to an anchor) that skips paragraphs lands on the right one.
     */
    function reached() {
      var middle = window.innerHeight / 2;
      var found = null;
      for (var i = 0; i < steps.length; i++) if (steps[i].getBoundingClientRect().top <= middle) found = steps[i];
      return found;
    }
    function go(el) {
      for (var i = 0; i < steps.length; i++) {
        if (steps[i] === el) steps[i].setAttribute('data-atlas-active', '');
        else steps[i].removeAttribute('data-atlas-active');
      }
      // An empty value is the frame's own view (its src), as before the first paragraph.
      current = el ? (el.getAttribute('data-atlas-step') || '').trim().slice(0, 500) : '';
      send();
    }
    /** The atlas in the frame is listening (after its load, or a reload): it is told the layout and the step. */
    story.ready = function () {
      ready = true;
      shown = null;
      post({ context: 'atlas.story', layout: layout || 'side' });
      send();
    };
    // The atlas says when it listens; if it was listening before this script ran, it answers this hello. A frame
    // still on its first blank document (same origin as the page, so readable) has no atlas to greet yet.
    function hello() {
      if (frame.contentWindow && story.origin)
        frame.contentWindow.postMessage({ context: 'atlas.hello' }, story.origin);
    }
    try {
      if (frame.contentWindow && frame.contentWindow.location.href !== 'about:blank') hello();
    } catch {
      hello();
    }

    function lay() {
      var wide = container ? container.getBoundingClientRect().width >= SIDE_FROM : window.innerWidth >= SIDE_FROM;
      var next = wide ? 'side' : 'behind';
      if (next === layout) return;
      layout = next;
      post({ context: 'atlas.story', layout: layout });
      if (plain || !container) return;
      for (var u = undo.length - 1; u >= 0; u--) undo[u][0].style[undo[u][1]] = undo[u][2];
      undo = [];
      var kids = container.children;
      var frameBox = frame.parentElement === container ? frame : frame.parentElement;
      var after = false;
      if (wide) {
        setStyles(
          container,
          {
            display: 'grid',
            gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
            columnGap: '2rem',
            alignItems: 'start',
          },
          undo,
        );
        for (var i = 0; i < kids.length; i++) {
          if (kids[i] === frameBox)
            setStyles(
              kids[i],
              { gridColumn: '2', gridRow: '1 / span ' + kids.length, position: 'sticky', top: '0', alignSelf: 'start' },
              undo,
            );
          else setStyles(kids[i], { gridColumn: '1' }, undo);
        }
        setStyles(frame, { display: 'block', width: '100%', height: ['100vh', '100svh'], border: '0' }, undo);
        // Every paragraph can reach the middle line: the first starts below it, the last has room to rise past it.
        for (var s = 0; s < steps.length; s++) setStyles(steps[s], { marginBottom: '50vh' }, undo);
        setStyles(steps[0], { marginTop: '45vh' }, undo);
      } else {
        // flow-root: the last card's margin stays inside the container, so the map stays behind it until it has passed.
        setStyles(container, { display: 'flow-root', position: 'relative' }, undo);
        setStyles(frameBox, { position: 'sticky', top: '0', zIndex: '0' }, undo);
        // Vertical swipes always scroll the article: the map behind the cards takes no touches.
        setStyles(
          frame,
          { display: 'block', width: '100%', height: ['100vh', '100svh'], border: '0', pointerEvents: 'none' },
          undo,
        );
        for (var j = 0; j < kids.length; j++) {
          if (kids[j] === frameBox) {
            after = true;
            continue;
          }
          if (!after) continue;
          setStyles(kids[j], { position: 'relative', zIndex: '1' }, undo);
        }
        var first = frameBox.nextElementSibling;
        if (first) setStyles(first, { marginTop: ['-40vh', '-40svh'] }, undo);
        for (var k = 0; k < steps.length; k++)
          setStyles(
            steps[k],
            {
              margin: '0 auto 70vh',
              maxWidth: '34rem',
              padding: '1rem',
              borderRadius: '8px',
              background: cardBackground(container),
              boxShadow: '0 1px 4px rgba(0, 0, 0, 0.2)',
            },
            undo,
          );
      }
    }

    // Keyboard readers reach each paragraph with Tab, and the map follows the focus.
    for (var i = 0; i < steps.length; i++) {
      if (!steps[i].hasAttribute('tabindex') && !steps[i].matches('a[href], button, input, select, textarea'))
        steps[i].tabIndex = 0;
      steps[i].addEventListener('focus', function (event) {
        go(event.currentTarget);
      });
    }
    // Paragraphs entering or leaving the viewport's upper half (so crossing its middle line, even in a fast scroll that
    // skips a frame's worth) and the viewport (a jump past several) each ask which step the reader has reached. No
    // per-frame scroll handlers (the end of a scroll, below, is one event).
    var update = function () {
      go(reached());
    };
    var middle = new IntersectionObserver(update, { rootMargin: '0px 0px -50% 0px' });
    var viewport = new IntersectionObserver(update, { threshold: [0, 1] });
    for (var o = 0; o < steps.length; o++) {
      middle.observe(steps[o]);
      viewport.observe(steps[o]);
    }
    // Once more when a scroll has come to rest (one event, not a per-frame handler): a long smooth jump can end after
    // the observers' last change.
    window.addEventListener('scrollend', update);
    lay();
    if (typeof ResizeObserver === 'function') new ResizeObserver(lay).observe(container || document.documentElement);
    else window.addEventListener('resize', lay);
    return story;
  }

  function start() {
    var containers = document.querySelectorAll('[data-atlas-story]');
    var claimed = [];
    for (var c = 0; c < containers.length; c++) {
      var frame = containers[c].querySelector(FRAME);
      var steps = containers[c].querySelectorAll('[data-atlas-step]');
      if (!frame || !steps.length || storyOf(frame)) continue;
      var own = [];
      for (var s = 0; s < steps.length; s++) {
        own.push(steps[s]);
        claimed.push(steps[s]);
      }
      stories.push(makeStory(containers[c], frame, own, containers[c].getAttribute('data-atlas-story') === 'plain'));
    }
    // Marked paragraphs outside any container drive the page's first atlas iframe, in the page's own layout.
    var loose = [];
    var all = document.querySelectorAll('[data-atlas-step]');
    for (var a = 0; a < all.length; a++) if (claimed.indexOf(all[a]) < 0) loose.push(all[a]);
    var first = document.querySelector(FRAME);
    if (loose.length && first && !storyOf(first)) stories.push(makeStory(null, first, loose, true));
  }
  if (typeof IntersectionObserver !== 'function') return;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
