// Example German scheme for energy-efficient building craft (in the spirit of the chambers of crafts' further
// training). NOT an official scheme.
import { maps, qualification, unit } from './scheme-builder.js';

export const EXAMPLE_DE_SCHEME = {
  id: 'EX-DE-EEB',
  country: 'DE',
  name: 'Example scheme modelled on German craft training for energy-efficient building (not official)',
  nameLocal: 'Dispositif d’exemple inspiré des formations allemandes à la construction économe en énergie (non officiel)',
  awardingBody: 'Example chamber of crafts (demo data)',
  units: [
    unit('EXDE-M1', ['Building physics basics', 'Bases de physique du bâtiment']),
    unit('EXDE-M2', ['Airtight envelope and testing', 'Enveloppe étanche et mesure']),
    unit('EXDE-M3', ['Thermal envelope', 'Enveloppe thermique']),
    unit('EXDE-M4', ['Ventilation systems', 'Systèmes de ventilation']),
    unit('EXDE-M5', ['Coordination between trades', 'Coordination entre corps d’état']),
  ],
  qualifications: [
    qualification('EXDE-Q1', ['Craftsperson for energy-efficient building (example)', 'Artisan de la construction économe en énergie (exemple)'], { nOf: 3, ulos: ['EXDE-M1', 'EXDE-M2', 'EXDE-M3', 'EXDE-M4', 'EXDE-M5'] }, true, 36),
    qualification('EXDE-Q2', ['Building physics certificate (example)', 'Certificat de physique du bâtiment (exemple)'], { all: ['EXDE-M1'] }, false, 24),
    qualification('EXDE-Q3', ['Airtightness specialist (example)', 'Spécialiste de l’étanchéité à l’air (exemple)'], { all: ['EXDE-M1', 'EXDE-M2'] }, true, 36),
  ],
  mapping: [
    ...maps('EXDE-M1', ['ULO-EPB-01', 'ULO-TB-01', 'ULO-AIR-01']),
    ...maps('EXDE-M2', ['ULO-AIR-02', 'ULO-AIR-03'], [['ULO-AIR-04', ['Penetrations of the learner’s own trade only', 'Traversées du seul métier de l’apprenant']]]),
    ...maps('EXDE-M3', ['ULO-INS-01', 'ULO-INS-02']),
    ...maps('EXDE-M4', ['ULO-VEN-01', 'ULO-VEN-02']),
    ...maps('EXDE-M5', ['ULO-CC-01', 'ULO-CC-02'], [['ULO-TB-02', ['Junction details are agreed between trades, not built', 'Les détails de jonction sont convenus entre corps d’état, pas réalisés']]]),
  ],
};
