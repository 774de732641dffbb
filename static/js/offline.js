// The offline site, on the page's side: installs the service worker (/sw.js), saves a
// course's pages on the phone, says what waits to be sent, and sends it when the
// signal returns. The server applies each item once and checks every rule.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator && "caches" in window)) return;
  const QUEUE = "hocvuso-queue";
  const REPORT = "hocvuso.report";
  const SAVED = "hocvuso.saved";
  const status = document.getElementById("offline-status");
  const textsNode = document.getElementById("offline-texts");
  const texts = textsNode ? JSON.parse(textsNode.textContent) : {};
  const user = document.body.dataset.user || "";
  const syncUrl = status ? status.dataset.sync : "";
  const openedAt = Date.now();

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, (_, name) => String(values[name]));
  }

  function store(key, fallback) {
    try {
      return JSON.parse(localStorage.getItem(key)) || fallback;
    } catch (error) {
      return fallback;
    }
  }

  navigator.serviceWorker.register("/sw.js").catch(() => {});
  // Pages served by the network know who is signed in; the worker shows that
  // person's saved pages when there is no signal.
  if (navigator.onLine && !document.body.hasAttribute("data-offline-page")) {
    localStorage.setItem("hocvuso.user", user);
    navigator.serviceWorker.ready.then((registration) => {
      if (registration.active) registration.active.postMessage({ type: "user", user });
    });
  }

  // Forms that work offline carry who sent them and how long the page was open.
  document.querySelectorAll("form[data-offline]").forEach((form) => {
    form.addEventListener("submit", () => {
      for (const [name, value] of [
        ["offline_user", user],
        ["offline_seconds", Math.round((Date.now() - openedAt) / 1000)],
      ]) {
        let input = form.elements.namedItem(name);
        if (!input) {
          input = document.createElement("input");
          input.type = "hidden";
          input.name = name;
          form.appendChild(input);
        }
        input.value = value;
      }
    });
  });

  async function queued(owner) {
    const cache = await caches.open(QUEUE);
    const entries = [];
    for (const key of await cache.keys()) {
      if (new URL(key.url).pathname.startsWith(`/offline-queue/${owner}/`)) {
        entries.push({ key, item: await (await cache.match(key)).json() });
      }
    }
    return entries.sort((a, b) => (a.item.id < b.item.id ? -1 : 1));
  }

  function show(lines, closable) {
    if (!status) return;
    status.replaceChildren();
    for (const line of lines) {
      const p = document.createElement("p");
      p.textContent = line.text;
      if (line.refused) p.className = "refused";
      status.appendChild(p);
    }
    if (closable) {
      const close = document.createElement("button");
      close.type = "button";
      close.className = "link";
      close.textContent = texts.close;
      close.addEventListener("click", () => {
        localStorage.removeItem(REPORT);
        refresh();
      });
      status.appendChild(close);
    }
    status.hidden = lines.length === 0;
  }

  async function refresh() {
    document.querySelectorAll("[data-when-online]").forEach((node) => { node.hidden = !navigator.onLine; });
    const report = store(REPORT, null);
    if (report && String(report.user) === String(localStorage.getItem("hocvuso.user"))) {
      show(report.lines, true);
      return;
    }
    const owner = localStorage.getItem("hocvuso.user") || user;
    const count = owner ? (await queued(owner)).length : 0;
    const lines = [];
    if (!navigator.onLine) lines.push({ text: texts.offline });
    if (count) lines.push({ text: format(count === 1 ? texts.pending_one : texts.pending_other, { count }) });
    show(lines, false);
  }

  let syncing = false;
  async function sync() {
    if (syncing || !navigator.onLine || !syncUrl) return;
    syncing = true;
    try {
      const who = await fetch(syncUrl, { credentials: "same-origin", cache: "no-store" });
      if (!who.ok) return; // nobody signed in: it waits for its owner
      const { user: current, csrf } = await who.json();
      const entries = await queued(current);
      if (!entries.length) return;
      show([{ text: texts.sending }], false);
      const response = await fetch(syncUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
        body: JSON.stringify({ user: current, items: entries.map((entry) => entry.item) }),
      });
      const answer = await response.json().catch(() => ({}));
      let lines;
      if (response.ok) {
        lines = [{ text: texts.sent }].concat(
          answer.results.map((result) => ({ text: (result.done ? "✓ " : "✗ ") + result.message, refused: !result.done }))
        );
      } else if (response.status === 400) {
        lines = [{ text: answer.error, refused: true }]; // never acceptable: not kept
      } else {
        show([{ text: answer.error || texts.later, refused: true }], false);
        return; // kept, sent again later
      }
      const cache = await caches.open(QUEUE);
      for (const entry of entries) await cache.delete(entry.key);
      localStorage.setItem("hocvuso.user", String(current));
      localStorage.setItem(REPORT, JSON.stringify({ user: current, lines }));
    } catch (error) {
      // No signal after all: everything stays on the phone.
    } finally {
      syncing = false;
      refresh();
    }
  }

  // The picture a phone of this width shows, of those a srcset offers.
  function candidate(srcset) {
    const wanted = Math.min(window.innerWidth, 736) * (window.devicePixelRatio || 1);
    const offered = srcset.split(",").map((part) => {
      const [url, width] = part.trim().split(/\s+/);
      return { url, width: parseInt(width, 10) || 0 };
    }).sort((a, b) => a.width - b.width);
    return (offered.find((c) => c.width >= wanted) || offered[offered.length - 1]).url;
  }

  function assetsOf(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    const found = [];
    doc.querySelectorAll("img").forEach((img) => {
      const srcset = img.getAttribute("srcset");
      found.push(srcset ? candidate(srcset) : img.getAttribute("src"));
    });
    doc.querySelectorAll("audio[src], audio source[src], script[src]").forEach((node) => found.push(node.getAttribute("src")));
    doc.querySelectorAll('link[rel="stylesheet"]').forEach((node) => found.push(node.getAttribute("href")));
    return found.filter(Boolean).map((url) => new URL(url, location.href)).filter((url) => url.origin === location.origin).map((url) => url.pathname);
  }

  async function save(button, note) {
    button.disabled = true;
    note.textContent = texts.saving;
    try {
      const pack = await (await fetch(button.dataset.offlineSave, { credentials: "same-origin" })).json();
      const cache = await caches.open(`hocvuso-course-${pack.user}-${pack.course}`);
      const assets = new Set();
      let bytes = 0;
      for (const page of pack.pages) {
        const response = await fetch(page.url, { credentials: "same-origin", cache: "no-store" });
        if (!response.ok) throw new Error(page.url);
        const html = await response.clone().text();
        bytes += html.length;
        assetsOf(html).forEach((url) => assets.add(url));
        await cache.put(page.key, response);
      }
      for (const url of assets) {
        if (await caches.match(url)) continue;
        const response = await fetch(url, { credentials: "same-origin" });
        if (!response.ok) continue;
        bytes += (await response.clone().blob()).size;
        await cache.put(url, response);
      }
      const saved = store(SAVED, {});
      saved[pack.user] = saved[pack.user] || {};
      saved[pack.user][pack.course] = { title: pack.title, url: pack.pages[0].url, at: Date.now() };
      localStorage.setItem(SAVED, JSON.stringify(saved));
      note.textContent = format(texts.saved, { pages: pack.pages.length, size: Math.max(1, Math.round(bytes / 1024)) });
    } catch (error) {
      note.textContent = texts.save_failed;
    } finally {
      button.disabled = false;
    }
  }

  document.querySelectorAll("[data-offline-save]").forEach((button) => {
    const note = document.getElementById(button.getAttribute("aria-describedby"));
    const course = button.dataset.course;
    const earlier = (store(SAVED, {})[user] || {})[course];
    if (earlier) note.textContent = texts.saved_before;
    button.hidden = false;
    button.addEventListener("click", () => save(button, note));
  });

  // The page shown without signal: the courses this person saved.
  const list = document.querySelector("[data-saved-courses]");
  if (list) {
    const owner = localStorage.getItem("hocvuso.user") || "";
    const courses = Object.values(store(SAVED, {})[owner] || {});
    for (const course of courses) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = course.url;
      link.textContent = course.title;
      item.appendChild(link);
      list.appendChild(item);
    }
    document.querySelectorAll("[data-when-saved]").forEach((node) => { node.hidden = courses.length === 0; });
    document.querySelectorAll("[data-when-none]").forEach((node) => { node.hidden = courses.length > 0; });
    if (new URLSearchParams(location.search).get("saved") === "quiz") {
      document.querySelectorAll("[data-quiz-saved]").forEach((node) => { node.hidden = false; });
    }
  }

  window.addEventListener("online", sync);
  window.addEventListener("offline", refresh);
  refresh().then(sync);
})();
