// The scripts the cmi5 content origin serves for offline play (see the README's "cmi5 courses offline"):
// - its service worker (/cmi5/sw.js, scope /cmi5/): AU files from its Cache Storage, and an offline LMS for the AU's
//   launch: the fetch URL (a local token, once), LMS.LaunchData, the AU's state documents, and its statements kept
//   in order until the FIT page takes them into the worker's outbox;
// - the bridge (/cmi5/bridge.html + bridge.js), framed by FIT's page only (frame-ancestors), which answers FIT's
//   postMessage requests: keep a course's files, store a prepared launch, hand over and forget its statements.
// The AU never sees a FIT token: the FIT page gives the content origin a prepared launch and takes statements back.

export const CONTENT_SW = String.raw`'use strict';
const FILES = 'fit-cmi5-content';
const LAUNCHES = 'fit-cmi5-offline';
const JSON_HEADERS = { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', 'cache-control': 'no-store' };

const BRIDGE = ['/cmi5/bridge.html', '/cmi5/bridge.js'];

// The bridge is kept with the worker: FIT's page opens it offline too.
self.addEventListener('install', (event) => event.waitUntil(caches.open(FILES).then((cache) => cache.addAll(BRIDGE)).then(() => self.skipWaiting())));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  // Requests to FIT's own origin (an online launch's endpoint) go to the network untouched.
  if (url.origin !== self.location.origin) return;
  const offline = /^\/cmi5\/offline\/([0-9a-fA-F-]{36})\/(.*)$/.exec(url.pathname);
  if (offline) return event.respondWith(offlineLms(event.request, url, offline[1].toLowerCase(), offline[2]));
  if (event.request.method === 'GET' && BRIDGE.includes(url.pathname)) return event.respondWith(bridgeFile(event.request, url));
  if (event.request.method === 'GET' && url.pathname.startsWith('/cmi5/content/')) event.respondWith(courseFile(event.request, url));
});

/** A course file kept by the site pack (whatever the query string the launch added), else the network. */
async function courseFile(request, url) {
  const kept = await (await caches.open(FILES)).match(url.origin + url.pathname);
  return kept || fetch(request);
}

/** The bridge from the network when there is one (an updated FIT), else the copy kept at install. */
async function bridgeFile(request, url) {
  try {
    const res = await fetch(request);
    if (res.ok) await (await caches.open(FILES)).put(url.pathname, res.clone());
    return res;
  } catch (error) {
    const kept = await (await caches.open(FILES)).match(url.pathname);
    if (kept) return kept;
    throw error;
  }
}

const answer = (body, status = 200) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: JSON_HEADERS });
const key = (launchId, rest) => '/cmi5/offline/' + launchId + '/' + rest;

async function offlineLms(request, url, launchId, rest) {
  const store = await caches.open(LAUNCHES);
  const kept = await store.match(key(launchId, 'launch'));
  if (!kept) return answer({ message: 'This launch is not prepared on this tablet.' }, 404);
  const launch = await kept.json();
  if (rest === 'fetch') {
    // cmi5 8.2: POST, always 200; the token once, then error-code 1.
    if (request.method !== 'POST') return answer({ message: 'The fetch URL takes POST.' }, 405);
    if (url.searchParams.get('token') !== launch.fetchToken) return answer({ 'error-code': '2', 'error-text': 'This fetch URL is not valid.' });
    if (await store.match(key(launchId, 'fetched'))) return answer({ 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
    await store.put(key(launchId, 'fetched'), new Response('1'));
    return answer({ 'auth-token': launch.authToken });
  }
  if (!rest.startsWith('xapi/')) return answer({ message: 'Unknown offline address.' }, 404);
  const resource = rest.slice(5).replace(/\/+$/, '');
  if (resource === 'about') return answer({ version: ['1.0.3', '2.0.0'] });
  if (request.headers.get('authorization') !== 'Basic ' + launch.authToken) return answer({ message: 'This launch\'s credential is missing or wrong.' }, 401);
  if (resource === 'statements') return statements(request, url, store, launch, launchId);
  if (resource === 'activities/state') return stateDocument(request, url, store, launch, launchId);
  if (resource === 'agents/profile' || resource === 'activities/profile') return request.method === 'GET' ? answer({ message: 'No profile document offline.' }, 404) : answer(undefined, 204);
  return answer({ message: 'This xAPI resource is not available offline.' }, 404);
}

async function queued(store, launchId) {
  const prefix = key(launchId, 'statements/');
  const rows = [];
  // Cache keys keep their insertion order: the statements come back in the order the AU sent them.
  for (const request of await store.keys()) {
    if (new URL(request.url).pathname.startsWith(prefix)) rows.push(await (await store.match(request)).json());
  }
  return rows;
}

async function statements(request, url, store, launch, launchId) {
  if (request.method === 'POST' || request.method === 'PUT') {
    let body;
    try {
      body = await request.json();
    } catch {
      return answer({ message: 'The statements are not JSON.' }, 400);
    }
    const list = Array.isArray(body) ? body : [body];
    const ids = [];
    for (const statement of list) {
      if (!statement || typeof statement !== 'object') return answer({ message: 'A statement must be an object.' }, 400);
      statement.id = String(statement.id || (request.method === 'PUT' && url.searchParams.get('statementId')) || crypto.randomUUID()).toLowerCase();
      ids.push(statement.id);
    }
    // The rules the learning record store will apply at sync, applied now: the AU hears of a refusal at once, as
    // online, and the worker's outbox never holds a batch the server would refuse.
    const refused = sessionRuleBreaks(list, launch, launchId, await queued(store, launchId));
    if (refused.length) return answer({ message: 'These statements break the cmi5 rules of an AU session.', refused }, 400);
    for (const statement of list) {
      const at = key(launchId, 'statements/' + statement.id);
      // A resend of the same id is kept once (exactly once, as the learning record store does).
      if (!(await store.match(at))) await store.put(at, new Response(JSON.stringify(statement)));
    }
    return request.method === 'PUT' ? answer(undefined, 204) : answer(ids);
  }
  if (request.method !== 'GET') return answer({ message: 'Not available offline.' }, 405);
  const all = [...(launch.held || []), ...(await queued(store, launchId))];
  const wanted = url.searchParams.get('statementId');
  if (wanted) {
    const one = all.find((s) => s.id === wanted.toLowerCase());
    return one ? answer(one) : answer({ message: 'No such statement.' }, 404);
  }
  const verb = url.searchParams.get('verb');
  const activity = url.searchParams.get('activity');
  const registration = url.searchParams.get('registration');
  const limit = Number(url.searchParams.get('limit') || 0);
  let found = all.filter((s) => (!verb || (s.verb && s.verb.id === verb)) && (!activity || (s.object && s.object.id === activity)) && (!registration || (s.context && String(s.context.registration).toLowerCase() === registration.toLowerCase())));
  found = found.reverse();
  if (limit > 0) found = found.slice(0, limit);
  return answer({ statements: found, more: '' });
}

const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
};
const LMS_VERBS = ['http://adlnet.gov/expapi/verbs/launched', 'https://w3id.org/xapi/adl/verbs/satisfied', 'https://w3id.org/xapi/adl/verbs/abandoned', 'https://w3id.org/xapi/adl/verbs/waived'];
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** cmi5's session rules (as the server's session-rules.ts), for the statements of this launch's session. */
function sessionRuleBreaks(list, launch, launchId, before) {
  const kept = new Set(before.map((s) => s.id));
  const inSession = new Set(before.map((s) => s.verb && s.verb.id));
  const aboutAu = (s) => s.object && s.object.id === launch.activityId;
  const forAu = new Set([...(launch.held || []), ...before].filter(aboutAu).map((s) => s.verb && s.verb.id));
  const mastery = launch.launchData && launch.launchData.masteryScore;
  const refused = [];
  list.forEach((statement, index) => {
    const verb = statement.verb && statement.verb.id;
    const session = statement.context && statement.context.extensions && statement.context.extensions[SESSION_ID];
    if (kept.has(statement.id) || LMS_VERBS.includes(verb) || String(session || '').toLowerCase() !== launchId) return;
    const refuse = (rule, reason) => refused.push({ index, id: statement.id, rule, reason });
    const result = statement.result || {};
    const scaled = result.score && result.score.scaled;
    if (inSession.has(VERB.terminated)) return refuse('cmi5 9.3.8 nothing after terminated', 'this AU session ended with "terminated"; nothing more is recorded in it');
    if (verb === VERB.initialized && inSession.has(VERB.initialized)) return refuse('cmi5 9.3.2 one initialized per session', 'this AU session is already initialized');
    if (verb !== VERB.initialized && !inSession.has(VERB.initialized)) return refuse('cmi5 9.3.2 initialized first', 'the first statement of an AU session is "initialized"');
    if (aboutAu(statement) && verb === VERB.completed) {
      if (forAu.has(VERB.completed)) return refuse('cmi5 9.3.3 one completed per registration', 'this AU is already completed in this registration');
      if (result.completion !== true) return refuse('cmi5 9.5.3 completion', '"completed" has result.completion true');
    }
    if (aboutAu(statement) && (verb === VERB.passed || verb === VERB.failed)) {
      if (forAu.has(VERB.passed)) return refuse(verb === VERB.passed ? 'cmi5 9.3.4 one passed per registration' : 'cmi5 9.3.5 no failed after passed', 'this AU is already passed in this registration');
      if (result.success !== (verb === VERB.passed)) return refuse('cmi5 9.5.2 success', 'result.success must be ' + (verb === VERB.passed));
      if (typeof mastery === 'number' && typeof scaled === 'number') {
        if (verb === VERB.passed && scaled < mastery) return refuse('cmi5 9.3.4 mastery score', 'a scaled score of ' + scaled + ' is below the mastery score ' + mastery + ': that is "failed"');
        if (verb === VERB.failed && scaled >= mastery) return refuse('cmi5 9.3.5 mastery score', 'a scaled score of ' + scaled + ' reaches the mastery score ' + mastery + ': that is "passed"');
      }
    }
    inSession.add(verb);
    if (aboutAu(statement)) forAu.add(verb);
    kept.add(statement.id);
  });
  return refused;
}

async function stateDocument(request, url, store, launch, launchId) {
  const stateId = url.searchParams.get('stateId');
  if (stateId === 'LMS.LaunchData') {
    // The LMS writes LaunchData; the AU only reads it (cmi5 10.0).
    return request.method === 'GET' ? answer(launch.launchData) : answer({ message: 'LMS.LaunchData is written by the LMS only.' }, 403);
  }
  if (!stateId) return request.method === 'GET' ? answer([]) : answer(undefined, 204);
  const at = key(launchId, 'state/' + encodeURIComponent(stateId));
  if (request.method === 'GET') {
    const kept = await store.match(at);
    return kept ? new Response(await kept.blob(), { headers: { 'content-type': kept.headers.get('content-type') || 'application/json', 'x-experience-api-version': '1.0.3' } }) : answer({ message: 'No such state document.' }, 404);
  }
  if (request.method === 'DELETE') {
    await store.delete(at);
    return answer(undefined, 204);
  }
  await store.put(at, new Response(await request.blob(), { headers: { 'content-type': request.headers.get('content-type') || 'application/octet-stream' } }));
  return answer(undefined, 204);
}
`;

export const BRIDGE_JS = String.raw`'use strict';
(function () {
  var FIT = document.documentElement.getAttribute('data-fit');
  var FILES = 'fit-cmi5-content';
  var LAUNCHES = 'fit-cmi5-offline';
  var ready = navigator.serviceWorker.register('/cmi5/sw.js', { scope: '/cmi5/' }).then(function () { return navigator.serviceWorker.ready; });
  var key = function (launchId, rest) { return '/cmi5/offline/' + launchId + '/' + rest; };
  var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  async function keepFiles(paths) {
    var cache = await caches.open(FILES);
    var kept = 0;
    for (var i = 0; i < paths.length; i++) {
      var path = String(paths[i]);
      if (!path.startsWith('/cmi5/content/')) throw new Error('Not a course file: ' + path);
      var res = await fetch(path, { cache: 'no-store' });
      if (!res.ok) throw new Error('Could not fetch ' + path + ': ' + res.status);
      await cache.put(path, res);
      kept++;
    }
    return kept;
  }

  async function heldFiles(paths) {
    var cache = await caches.open(FILES);
    var held = [];
    for (var i = 0; i < paths.length; i++) if (await cache.match(String(paths[i]))) held.push(paths[i]);
    return held;
  }

  /** The statements the AU sent that FIT's page has not taken yet, in the order sent. */
  async function collect(launchId) {
    var store = await caches.open(LAUNCHES);
    var prefix = key(launchId, 'statements/');
    var rows = [];
    var requests = await store.keys();
    for (var i = 0; i < requests.length; i++) {
      var path = new URL(requests[i].url).pathname;
      if (!path.startsWith(prefix) || (await store.match(key(launchId, 'taken/' + path.slice(prefix.length))))) continue;
      rows.push(await (await store.match(requests[i])).json());
    }
    return rows;
  }

  /**
   * Taken statements stay while the AU plays (its session rules and its own queries need them), marked as taken;
   * when the launch ends, all of it goes.
   */
  async function forget(launchId, ids, ended) {
    var store = await caches.open(LAUNCHES);
    for (var i = 0; i < ids.length; i++) await store.put(key(launchId, 'taken/' + String(ids[i]).toLowerCase()), new Response('1'));
    if (ended) {
      var requests = await store.keys();
      for (var j = 0; j < requests.length; j++) if (new URL(requests[j].url).pathname.startsWith(key(launchId, ''))) await store.delete(requests[j]);
    }
    return true;
  }

  async function handle(message) {
    await ready;
    var launchId = String(message.launchId || '').toLowerCase();
    if ((message.type === 'launch' || message.type === 'collect' || message.type === 'forget') && !UUID.test(launchId)) throw new Error('launchId must be a UUID');
    switch (message.type) {
      case 'keepFiles': return keepFiles(message.paths || []);
      case 'heldFiles': return heldFiles(message.paths || []);
      case 'launch':
        await (await caches.open(LAUNCHES)).put(key(launchId, 'launch'), new Response(JSON.stringify(message.launch), { headers: { 'content-type': 'application/json' } }));
        return true;
      case 'collect': return collect(launchId);
      case 'forget': return forget(launchId, message.ids || [], Boolean(message.ended));
      default: throw new Error('Unknown request: ' + message.type);
    }
  }

  window.addEventListener('message', function (event) {
    // Only FIT's page, which framed this bridge, is answered.
    if (event.origin !== FIT || event.source !== window.parent) return;
    var message = event.data || {};
    handle(message).then(
      function (result) { window.parent.postMessage({ bridge: 'fit-cmi5', id: message.id, ok: true, result: result }, FIT); },
      function (error) { window.parent.postMessage({ bridge: 'fit-cmi5', id: message.id, ok: false, error: String((error && error.message) || error) }, FIT); },
    );
  });
  ready.then(function () { window.parent.postMessage({ bridge: 'fit-cmi5', ready: true }, FIT); });
})();
`;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function bridgeHtml(fitOrigin: string): string {
  return `<!doctype html><html lang="en" data-fit="${escapeAttribute(fitOrigin)}"><head><meta charset="utf-8"><title>FIT offline course bridge</title><script src="/cmi5/bridge.js"></script></head><body></body></html>`;
}
