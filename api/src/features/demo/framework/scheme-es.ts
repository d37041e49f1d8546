// Example Spanish scheme in the spirit of the professional certificates for building energy rehabilitation.
// NOT an official scheme.
import { maps, qualification, unit } from './scheme-builder.js';

export const EXAMPLE_ES_SCHEME = {
  id: 'EX-ES-REHAB',
  country: 'ES',
  name: 'Example scheme modelled on Spanish professional certificates in energy rehabilitation (not official)',
  nameLocal: 'Dispositif d’exemple inspiré des certificats professionnels espagnols en réhabilitation énergétique (non officiel)',
  awardingBody: 'Example regional employment service (demo data)',
  units: [
    unit('EXES-UC1', ['Insulation and airtightness works', 'Travaux d’isolation et d’étanchéité à l’air']),
    unit('EXES-UC2', ['Ventilation and indoor comfort', 'Ventilation et confort intérieur']),
    unit('EXES-UC3', ['Heat pump assembly', 'Montage de pompes à chaleur']),
    unit('EXES-UC4', ['Energy certification of buildings', 'Certification énergétique des bâtiments']),
    unit('EXES-UC5', ['Windows and solar protection', 'Menuiseries et protections solaires']),
  ],
  qualifications: [
    qualification('EXES-Q1', ['Thermal rehabilitation installer (example)', 'Poseur en réhabilitation thermique (exemple)'], { all: ['EXES-UC1', 'EXES-UC2'] }, false, 36),
    qualification('EXES-Q2', ['Heat pump assembler (example)', 'Monteur de pompes à chaleur (exemple)'], { all: ['EXES-UC3'] }, true, null),
    qualification('EXES-Q3', ['Energy rehabilitation operative (example)', 'Opérateur en réhabilitation énergétique (exemple)'], { nOf: 2, ulos: ['EXES-UC1', 'EXES-UC4', 'EXES-UC5'] }, false, 60),
  ],
  mapping: [
    ...maps('EXES-UC1', ['ULO-INS-01', 'ULO-INS-02', 'ULO-AIR-02']),
    ...maps('EXES-UC2', ['ULO-VEN-01', 'ULO-VEN-02'], [['ULO-AIR-01', ['Airtightness only as far as it affects ventilation', 'L’étanchéité à l’air seulement en ce qu’elle touche la ventilation']]]),
    ...maps('EXES-UC5', [], [['ULO-INS-04', ['Filling of shutter boxes only', 'Remplissage des coffres de volets roulants seulement']]]),
    ...maps('EXES-UC3', ['ULO-HP-01'], [['ULO-HP-02', ['Sizing is done by the designer; the unit reads the result', 'Le dimensionnement revient au concepteur ; l’unité apprend à en lire le résultat']]]),
    ...maps('EXES-UC4', ['ULO-EPB-01', 'ULO-EPB-02', 'ULO-EPB-03']),
    ...maps('EXES-UC5', ['ULO-WIN-01', 'ULO-WIN-02']),
  ],
};
