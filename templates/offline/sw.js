/* The service worker: pages, pictures and narration of the courses a learner saved
open without signal, and lessons finished or quizzes answered offline wait on the
phone until static/js/offline.js sends them. Nothing here grades or counts. */
"use strict";
const CONFIG = {{ config|safe }};
const SHELL = "hocvuso-shell-" + CONFIG.version;
const COURSE_PREFIX = "hocvuso-course-";
const QUEUE = "hocvuso-queue";
const WHO = "/__offline_user__";
const FINISH = /^\/learn\/lessons\/(\d+)\/finish\/$/;
const QUIZ = /^\/learn\/courses\/(\d+)\/quiz\/$/;
// On weak 3G, a saved page is shown when the network has not answered by then.
const PATIENCE_MS = 6000;
// Static files named by their content never change; others may, so they are
// fetched first and read from the phone only without signal.
const HASHED = /^\/static\/.+\.[0-9a-f]{12}\.[a-z0-9]+$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(CONFIG.shell)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("hocvuso-shell-") && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// Which family member uses the phone now, as the pages last said.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "user") {
    event.waitUntil(caches.open(SHELL).then((cache) => cache.put(WHO, new Response(String(event.data.user || "")))));
  }
});

async function currentUser() {
  const answer = await (await caches.open(SHELL)).match(WHO);
  return answer ? answer.text() : "";
}

async function courseCaches() {
  const user = await currentUser();
  const names = (await caches.keys()).filter((name) => name.startsWith(COURSE_PREFIX));
  const own = names.filter((name) => name.startsWith(COURSE_PREFIX + user + "-"));
  return user ? own : names;
}

async function saved(request) {
  const url = new URL(request.url);
  url.search = "";
  for (const name of await courseCaches()) {
    const found = await (await caches.open(name)).match(url.pathname);
    if (found) return { name, response: found };
  }
  return null;
}

async function page(request) {
  const kept = await saved(request);
  const network = fetch(request).then(async (response) => {
    // A saved page the learner opens online again is kept fresh.
    if (kept && response.ok && !response.redirected) {
      await (await caches.open(kept.name)).put(new URL(request.url).pathname, response.clone());
    }
    return response;
  });
  if (!kept) {
    return network.catch(async () => (await caches.match(CONFIG.offline, { ignoreSearch: true })) || Response.error());
  }
  const late = new Promise((resolve) => setTimeout(() => resolve(kept.response), PATIENCE_MS));
  return Promise.race([network.catch(() => kept.response), late]);
}

// A picture in another size than the one saved still shows: Wagtail names
// renditions "<image>.<filter>.<ext>".
async function picture(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch (error) {
    const url = new URL(request.url);
    const stem = url.pathname.split(".")[0] + ".";
    for (const name of await courseCaches()) {
      const cache = await caches.open(name);
      for (const key of await cache.keys()) {
        if (new URL(key.url).pathname.startsWith(stem)) return cache.match(key);
      }
    }
    throw error;
  }
}

async function keep(request, match) {
  const form = await request.clone().formData();
  const user = form.get("offline_user");
  if (!user) return null;
  const item = {
    id: Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10),
    user: Number(user),
    seconds: Math.max(0, Math.round(Number(form.get("offline_seconds")) || 0)),
  };
  if (match.kind === "lesson") {
    Object.assign(item, { kind: "lesson", lesson: Number(match.id) });
  } else {
    const answers = {};
    for (const [name, value] of form.entries()) {
      if (name === "draw" || name.startsWith("q-")) (answers[name] = answers[name] || []).push(String(value));
    }
    Object.assign(item, { kind: "quiz", course: Number(match.id), answers });
  }
  await (await caches.open(QUEUE)).put(`/offline-queue/${item.user}/${item.id}`, new Response(JSON.stringify(item)));
  const next = match.kind === "lesson" ? form.get("next") : null;
  return Response.redirect(next || `${CONFIG.offline}?saved=${match.kind}`, 303);
}

async function send(request, match) {
  try {
    return await fetch(request.clone());
  } catch (error) {
    const queued = await keep(request, match);
    if (queued) return queued;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST") {
    const lesson = url.pathname.match(FINISH);
    const quiz = url.pathname.match(QUIZ);
    const match = lesson ? { kind: "lesson", id: lesson[1] } : quiz ? { kind: "quiz", id: quiz[1] } : null;
    if (match) event.respondWith(send(request, match));
    return;
  }
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  } else if (url.pathname.startsWith("/static/")) {
    event.respondWith(fetch(request).catch(() => caches.match(request)));
  } else if (url.pathname.startsWith("/media/")) {
    event.respondWith(picture(request));
  }
});
