// A tiny cmi5 AU runtime: reads the launch parameters, fetches the auth token once, reads LMS.LaunchData and sends
// statements with the LMS's context template. Speaks xAPI 1.0.3, as most cmi5 content in the field does.
(function () {
  var params = new URLSearchParams(globalThis.location.search);
  var endpoint = params.get('endpoint');
  var actor = JSON.parse(params.get('actor'));
  var registration = params.get('registration');
  var activityId = params.get('activityId');
  var auth = null;
  var launchData = null;
  var started = Date.now();

  function headers(extra) {
    var h = { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic ' + auth };
    for (var k in extra) h[k] = extra[k];
    return h;
  }

  function uuid() {
    return crypto.randomUUID();
  }

  function send(verb, result, extra) {
    var context = JSON.parse(JSON.stringify(launchData.contextTemplate));
    context.registration = registration;
    // Additions never overwrite what the template set (cmi5 10.0).
    var extensions = (extra && extra.extensions) || {};
    context.extensions = context.extensions || {};
    for (var key in extensions) if (!(key in context.extensions)) context.extensions[key] = extensions[key];
    var statement = { id: uuid(), actor: actor, verb: { id: verb }, object: { objectType: 'Activity', id: activityId }, context: context, timestamp: new Date().toISOString() };
    if (result) statement.result = result;
    return fetch(endpoint + 'statements', { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(statement) }).then(function (res) {
      if (!res.ok) throw new Error('statement refused: ' + res.status);
    });
  }

  /** Whether this registration already holds a statement of this verb about the AU. */
  function already(verb) {
    var query = new URLSearchParams({ registration: registration, verb: verb, activity: activityId, limit: '1' });
    return fetch(endpoint + 'statements?' + query, { headers: headers({}) })
      .then(function (res) { return res.json(); })
      .then(function (body) { return body.statements.length > 0; });
  }

  function duration() {
    return 'PT' + Math.round((Date.now() - started) / 1000) + 'S';
  }

  globalThis.cmi5 = {
    start: function () {
      return fetch(params.get('fetch'), { method: 'POST' })
        .then(function (res) { return res.json(); })
        .then(function (body) {
          if (!body['auth-token']) throw new Error(body['error-text']);
          auth = body['auth-token'];
          var query = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: activityId, agent: JSON.stringify(actor), registration: registration });
          return fetch(endpoint + 'activities/state?' + query, { headers: headers({}) });
        })
        .then(function (res) { return res.json(); })
        .then(function (data) {
          launchData = data;
          return send('http://adlnet.gov/expapi/verbs/initialized');
        })
        .then(function () { return launchData; });
    },
    completed: function () {
      // cmi5 9.3.3: "completed" once per registration; a second visit of the AU in the same registration says nothing.
      return already('http://adlnet.gov/expapi/verbs/completed').then(function (done) {
        return done ? undefined : send('http://adlnet.gov/expapi/verbs/completed', { completion: true, duration: duration() });
      });
    },
    scored: function (scaled) {
      var passed = launchData.masteryScore === undefined || scaled >= launchData.masteryScore;
      var verb = passed ? 'http://adlnet.gov/expapi/verbs/passed' : 'http://adlnet.gov/expapi/verbs/failed';
      var context = { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': launchData.masteryScore } };
      // cmi5 9.3.4-9.3.5: "passed" once per registration, and no "failed" after it: a pass already held stands.
      return already('http://adlnet.gov/expapi/verbs/passed').then(function (held) {
        if (held) return true;
        return send(verb, { score: { scaled: scaled }, success: passed, duration: duration() }, context).then(function () { return passed; });
      });
    },
    terminated: function () {
      return send('http://adlnet.gov/expapi/verbs/terminated', { duration: duration() });
    },
  };
})();
