// Progressive enhancement for the library pages: everything works without it, this only adds the theme toggle,
// text size and line width controls, and remembered reading progress (all kept in this browser's localStorage).
(function () {
  'use strict';
  var root = document.documentElement;
  var store = {
    get: function (key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { localStorage.setItem(key, value); } catch (e) { /* ignore */ } }
  };

  function isDark() {
    var chosen = root.dataset.theme;
    if (chosen) return chosen === 'dark';
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function setupThemeToggle() {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    function render() {
      var dark = isDark();
      button.textContent = dark ? 'Light mode' : 'Dark mode';
      button.setAttribute('aria-pressed', String(dark));
    }
    button.hidden = false;
    render();
    button.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      store.set('gleaner.theme', next);
      render();
    });
  }

  function setupReaderControls() {
    var bar = document.querySelector('[data-reader-controls]');
    if (!bar) return;
    bar.hidden = false;
    function step(name, key, delta, min, max) {
      var value = parseInt(store.get(key) || '0', 10) + delta;
      value = Math.max(min, Math.min(max, value));
      store.set(key, String(value));
      root.style.setProperty(name, value);
    }
    bar.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) return;
      if (button.dataset.font) step('--font-step', 'gleaner.fontStep', parseInt(button.dataset.font, 10), -3, 6);
      if (button.dataset.width) step('--width-step', 'gleaner.widthStep', parseInt(button.dataset.width, 10), -3, 6);
    });
  }

  function setupProgress() {
    var article = document.querySelector('article[data-clip-id]');
    if (!article) return;
    var key = 'gleaner.progress.' + article.dataset.clipId;
    var bar = document.querySelector('[data-progress]');
    function fraction() {
      var scrollable = document.documentElement.scrollHeight - window.innerHeight;
      return scrollable > 0 ? Math.min(1, window.scrollY / scrollable) : 1;
    }
    var saved = parseFloat(store.get(key) || '0');
    if (saved > 0.01 && saved < 0.99 && !location.hash) {
      var scrollable = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, saved * scrollable);
    }
    var pending = false;
    window.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        var f = fraction();
        if (bar) bar.style.width = (f * 100).toFixed(1) + '%';
        store.set(key, f.toFixed(4));
      });
    }, { passive: true });
    if (bar) bar.style.width = (fraction() * 100).toFixed(1) + '%';
  }

  setupThemeToggle();
  setupReaderControls();
  setupProgress();
})();
