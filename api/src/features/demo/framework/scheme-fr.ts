// Example French scheme in the spirit of FEEBat training and the RGE quality sign. NOT the official scheme.
import { maps, qualification, unit } from './scheme-builder.js';

export const EXAMPLE_FR_SCHEME = {
  id: 'EX-FR-RENO',
  country: 'FR',
  name: 'Example scheme modelled on FEEBat/RGE training (not official)',
  nameLocal: 'Dispositif d’exemple inspiré des formations FEEBat/RGE (non officiel)',
  awardingBody: 'Example awarding body (demo data)',
  units: [
    unit('EXFR-U1', ['Whole-house approach and energy labels', 'Approche globale et étiquettes énergétiques']),
    unit('EXFR-U2', ['Airtightness on site', 'Étanchéité à l’air sur chantier']),
    unit('EXFR-U3', ['External wall insulation', 'Isolation thermique par l’extérieur']),
    unit('EXFR-U4', ['Loft and roof insulation', 'Isolation des combles et toitures']),
    unit('EXFR-U5', ['Ventilation', 'Ventilation']),
    unit('EXFR-U6', ['Heat pump installation', 'Installation de pompes à chaleur']),
    unit('EXFR-U7', ['Products and specifications', 'Produits et cahier des charges']),
  ],
  qualifications: [
    qualification('EXFR-Q1', ['Energy-renovation installer: envelope (example)', 'Poseur rénovation énergétique : enveloppe (exemple)'], { all: ['EXFR-U2', 'EXFR-U3', 'EXFR-U4'] }, true, 48),
    qualification('EXFR-Q2', ['Energy-efficiency basics (example)', 'Bases de l’efficacité énergétique (exemple)'], { nOf: 2, ulos: ['EXFR-U2', 'EXFR-U5', 'EXFR-U7'] }, false, null),
    qualification('EXFR-Q3', ['Heat pump installer (example)', 'Installateur de pompes à chaleur (exemple)'], { all: ['EXFR-U6', 'EXFR-U1'] }, true, 24),
    qualification('EXFR-Q4', ['Renovation technical referent (example)', 'Référent technique rénovation (exemple)'], { all: ['EXFR-U1', 'EXFR-U2', 'EXFR-U7'] }, false, 48),
  ],
  mapping: [
    ...maps('EXFR-U1', ['ULO-EPB-03', 'ULO-CC-01'], [['ULO-EPB-04', ['Introduces the staged plan without asking the learner to write one', 'Présente le plan de travaux par étapes sans demander d’en rédiger un']]]),
    ...maps('EXFR-U2', ['ULO-AIR-01', 'ULO-AIR-02']),
    ...maps('EXFR-U3', ['ULO-INS-01', 'ULO-TB-01']),
    ...maps('EXFR-U4', ['ULO-INS-02', 'ULO-AIR-01']),
    ...maps('EXFR-U5', ['ULO-VEN-01', 'ULO-VEN-02'], [['ULO-VEN-03', ['Extract-only systems are shown, not practised', 'Les systèmes d’extraction seule sont montrés, pas pratiqués']]]),
    ...maps('EXFR-U6', ['ULO-HP-01', 'ULO-HP-02', 'ULO-HP-04'], [['ULO-HP-03', ['Refers to the separate refrigerant certificate', 'Renvoie à l’attestation de capacité fluides frigorigènes, distincte']]]),
    ...maps('EXFR-U7', ['ULO-EPB-01', 'ULO-EPB-02']),
  ],
};
