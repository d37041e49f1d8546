// Runs before `npm start`, `npm run dev` and `npm test`: on a Node older than package.json's engines, one clear
// message instead of a crash deep inside a dependency. Written in old JavaScript so that any Node can parse it.
'use strict';
var path = require('path');
var wanted = require(path.join(__dirname, '..', 'package.json')).engines.node; // e.g. ">=22.12"
var min = wanted.replace(/[^0-9.]/g, '').split('.').map(Number);
var have = process.versions.node.split('.').map(Number);
var ok = have[0] > min[0] || (have[0] === min[0] && have[1] >= (min[1] || 0));
if (!ok) {
  console.error(
    'FIT needs Node.js ' + wanted + ' (Node 24 LTS recommended); this is Node ' + process.versions.node + '.\n' +
      'Install Node 24, or run with Node 24 from the npm registry: scripts/node24.sh npm start'
  );
  process.exit(1);
}
