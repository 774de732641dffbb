// Live province leaderboard: applies "update" frames and re-ranks the table.
(function () {
  "use strict";
  var table = document.querySelector("[data-board]");
  if (!table || !("WebSocket" in window)) return;
  var tbody = table.tBodies[0];
  var status = document.querySelector("[data-live-status]");
  var delay = 1000;

  function row(code, name) {
    var tr = tbody.querySelector('tr[data-commune="' + code + '"]');
    if (!tr) {
      tr = document.createElement("tr");
      tr.dataset.commune = code;
      tr.innerHTML = '<td class="rank"></td><td></td><td class="num" data-count>0</td>';
      tr.cells[1].textContent = name;
      tbody.appendChild(tr);
    }
    return tr;
  }

  function count(tr) { return parseInt(tr.querySelector("[data-count]").textContent, 10) || 0; }

  function rerank() {
    var rows = Array.prototype.slice.call(tbody.rows);
    // A stable sort by count: ties keep the server's order.
    rows.sort(function (a, b) { return count(b) - count(a); });
    var rank = 0, previous = null;
    rows.forEach(function (tr, i) {
      if (count(tr) !== previous) { rank = i + 1; previous = count(tr); }
      tr.cells[0].textContent = rank;
      tbody.appendChild(tr);
    });
  }

  function apply(item, flash) {
    var tr = row(item.commune, item.name);
    var cell = tr.querySelector("[data-count]");
    if (count(tr) === item.completions) return;
    cell.textContent = item.completions;
    if (flash) {
      tr.classList.remove("flash");
      void tr.offsetWidth;
      tr.classList.add("flash");
    }
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + table.dataset.ws);
    socket.onopen = function () {
      delay = 1000;
      if (status) status.hidden = false;
      socket.send(JSON.stringify({ type: "snapshot" }));
    };
    socket.onmessage = function (event) {
      var data = JSON.parse(event.data);
      if (data.type === "update") apply(data, true);
      else if (data.type === "snapshot") data.communes.forEach(function (c) { apply(c, false); });
      else return;
      rerank();
    };
    socket.onclose = function () {
      if (status) status.hidden = true;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    };
  }
  connect();
})();
