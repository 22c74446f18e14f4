// peerchain explorer: live updates over the node's JSON-RPC WebSocket. Every page reads fully
// without this script; it only keeps the head number current and swaps in fresh copies of the
// sections marked "refresh" when a new block arrives.
(function () {
  'use strict';
  var body = document.body;
  if (!body || body.getAttribute('data-live') !== 'on' || !('WebSocket' in window)) {
    return;
  }
  var statusEl = document.getElementById('live-status');
  var nextId = 1;
  var retryMs = 1000;
  var refreshing = false;
  var refreshAgain = false;

  function setStatus(text, on) {
    if (statusEl) {
      statusEl.textContent = text;
      statusEl.className = 'live ' + (on ? 'on' : 'off');
    }
  }

  function connect() {
    var ws;
    try {
      ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/');
    } catch (e) {
      setStatus('offline', false);
      return;
    }
    ws.onopen = function () {
      retryMs = 1000;
      ws.send(JSON.stringify({ jsonrpc: '2.0', id: nextId++, method: 'eth_subscribe', params: ['newHeads'] }));
    };
    ws.onmessage = function (event) {
      var msg;
      try {
        msg = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (msg.method === 'eth_subscription' && msg.params && msg.params.result) {
        newHead(msg.params.result);
      } else if (msg.result && !msg.error) {
        setStatus('live', true);
      } else if (msg.error) {
        setStatus('no live updates', false);
      }
    };
    ws.onclose = function () {
      setStatus('reconnecting', false);
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 30000);
    };
  }

  function newHead(head) {
    var number = parseInt(head.number, 16);
    var el = document.getElementById('head-number');
    if (el && !isNaN(number)) {
      el.textContent = String(number);
      el.setAttribute('href', '/explorer/block/' + number);
    }
    refresh();
  }

  // Loads this page again and swaps in its "refresh" sections; one load at a time, and one more
  // after it when heads arrived meanwhile.
  function refresh() {
    if (!document.querySelector('.refresh[id]')) {
      return;
    }
    if (refreshing) {
      refreshAgain = true;
      return;
    }
    refreshing = true;
    fetch(location.href, { headers: { Accept: 'text/html' }, cache: 'no-store' })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html');
          document.querySelectorAll('.refresh[id]').forEach(function (old) {
            var next = fresh.getElementById(old.id);
            if (next) {
              old.replaceWith(document.importNode(next, true));
            }
          });
        }
      })
      .catch(function () {})
      .then(function () {
        refreshing = false;
        if (refreshAgain) {
          refreshAgain = false;
          setTimeout(refresh, 500);
        }
      });
  }

  connect();
}());
