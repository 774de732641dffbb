// Live leaderboards: a snapshot on connect, then the rows that changed, at most
// once a second. Re-ranks every table of the page; reconnects with backoff.
(function () {
  "use strict";
  var board = document.querySelector("[data-board]");
  if (!board || !("WebSocket" in window)) return;
  var lang = document.documentElement.lang || "vi";
  var whole = new Intl.NumberFormat(lang, { useGrouping: false });
  var percent = new Intl.NumberFormat(lang, {
    minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false
  });
  var status = document.querySelector("[data-live-status]");
  var tables = Array.prototype.slice.call(board.querySelectorAll("[data-table]"));
  var rows = {}, limits = [], delay = 1000;

  function shown(row, key) {
    var value = row[key];
    if (value === null || value === undefined) return "–";
    return key === "coverage" ? percent.format(value * 100) + " %" : whole.format(value);
  }

  function division(row) {
    if (!row.population) return null;
    return limits.filter(function (limit) { return row.population >= limit; }).length;
  }

  function cell(tr, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    tr.appendChild(td);
    return td;
  }

  function render(table, changed) {
    var metric = table.dataset.metric, band = table.dataset.division;
    var cols = Array.prototype.map.call(
      table.tHead.querySelectorAll("[data-col]"), function (th) { return th.dataset.col; });
    var list = Object.keys(rows).map(function (code) { return rows[code]; })
      .filter(function (row) {
        return row[metric] !== null && (band === undefined || String(division(row)) === band);
      });
    list.sort(function (a, b) { return (b[metric] - a[metric]) || (a.name < b.name ? -1 : 1); });
    var body = document.createElement("tbody"), rank = 0, previous = null;
    list.forEach(function (row, i) {
      if (row[metric] !== previous) { rank = i + 1; previous = row[metric]; }
      var tr = document.createElement("tr");
      tr.dataset.code = row.code;
      if (row.code === table.dataset.mine) tr.classList.add("mine");
      if (changed[row.code]) tr.classList.add("flash");
      cell(tr, rank, "rank");
      var link = document.createElement("a");
      link.href = table.dataset.link.replace("{code}", row.code);
      link.textContent = row.name;
      cell(tr, "").appendChild(link);
      cols.forEach(function (key) { cell(tr, shown(row, key), "num"); });
      body.appendChild(tr);
    });
    if (!list.length) {
      var tr = document.createElement("tr");
      tr.className = "empty";
      cell(tr, table.dataset.empty).colSpan = cols.length + 2;
      body.appendChild(tr);
    }
    table.replaceChild(body, table.tBodies[0]);
  }

  function summary(data) {
    var row = data.summary.row || {};
    Object.keys(data.texts || {}).forEach(function (key) {
      var node = board.querySelector('[data-text="' + key + '"]');
      if (node) node.textContent = data.texts[key];
    });
    Array.prototype.forEach.call(board.querySelectorAll("[data-field]"), function (node) {
      node.textContent = shown(row, node.dataset.field);
    });
    var list = board.querySelector("[data-learners]");
    if (!list || !data.learners) return;
    list.textContent = "";
    data.learners.forEach(function (learner) {
      var li = document.createElement("li"), name = document.createElement("span");
      name.textContent = learner.name;
      li.appendChild(name);
      li.appendChild(document.createTextNode(" "));
      var count = document.createElement("span");
      count.className = "num";
      count.textContent = whole.format(learner.completions);
      li.appendChild(count);
      list.appendChild(li);
    });
    if (!data.learners.length) {
      var empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = list.dataset.empty;
      list.appendChild(empty);
    }
  }

  function apply(data) {
    if (data.limits) limits = data.limits;
    if (data.summary) summary(data);
    if (!data.rows) return;
    var changed = {};
    if (data.type === "snapshot") rows = {};
    data.rows.forEach(function (row) {
      if (data.type === "update") changed[row.code] = true;
      rows[row.code] = row;
    });
    tables.forEach(function (table) { render(table, changed); });
    board.dataset.updates = String(parseInt(board.dataset.updates || "0", 10) + 1);
  }

  function live(on) {
    if (!status) return;
    status.textContent = on ? status.dataset.live : status.dataset.reconnecting;
    status.classList.toggle("off", !on);
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var socket = new WebSocket(scheme + location.host + board.dataset.ws);
    socket.onopen = function () { delay = 1000; live(true); };
    socket.onmessage = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch (error) { return; }
      if (data.type === "snapshot" || data.type === "update") apply(data);
    };
    socket.onclose = function () {
      live(false);
      // Backoff with jitter, so watchers do not all return at the same moment.
      setTimeout(connect, delay * (0.5 + Math.random()));
      delay = Math.min(delay * 2, 30000);
    };
  }
  connect();
})();
