// The demo's own reference framework for energy renovation, in the framework file shape: 29 ULOs, 15 tasks, three EXAMPLE
// schemes modelled on real ones (not official), their mappings and one example bilateral agreement.
import { ENVELOPE_ULOS } from './ulos-envelope.js';
import { SYSTEMS_ULOS } from './ulos-systems.js';
import { CROSS_CRAFT_ULOS } from './ulos-cross-craft.js';
import { EXAMPLE_FR_SCHEME } from './scheme-fr.js';
import { EXAMPLE_DE_SCHEME } from './scheme-de.js';
import { EXAMPLE_ES_SCHEME } from './scheme-es.js';
import { DEMO_FRAMEWORK_TASKS } from './tasks.js';

export const DEMO_FRAMEWORK_ULOS = [...ENVELOPE_ULOS, ...SYSTEMS_ULOS, ...CROSS_CRAFT_ULOS];

export const DEMO_FRAMEWORK = {
  framework: {
    id: 'fit-demo-energy-renovation',
    version: '2026.1-demo',
    name: 'FIT demo reference framework for energy renovation (example data, not official)',
    nameFr: 'Référentiel de démonstration FIT pour la rénovation énergétique (données d’exemple, non officiel)',
    status: 'Example data written for the FIT demo. The schemes are modelled on real ones and are not official.',
  },
  ulos: DEMO_FRAMEWORK_ULOS,
  tasks: DEMO_FRAMEWORK_TASKS,
  schemes: [EXAMPLE_FR_SCHEME, EXAMPLE_DE_SCHEME, EXAMPLE_ES_SCHEME],
  agreements: [
    {
      fromScheme: 'EX-FR-RENO',
      held: 'EXFR-Q1',
      toScheme: 'EX-ES-REHAB',
      recognised: 'EXES-Q1',
      note: 'Example agreement between the two example schemes’ operators (demo data, not a real agreement)',
      noteFr: 'Accord d’exemple entre les opérateurs des deux dispositifs d’exemple (données de démonstration, pas un accord réel)',
      approved: true,
    },
  ],
};
