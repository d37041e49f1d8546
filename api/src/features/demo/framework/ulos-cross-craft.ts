// Demo ULOs that cross trades: sequencing and hand-over, energy labels and specifications, health and safety.
import { ulo } from './ulo-builder.js';

export const CROSS_CRAFT_ULOS = [
  ulo('ULO-CC-01', ['Plan the sequence of trades on a renovation', 'Organiser l’enchaînement des corps d’état sur une rénovation'], 'cross-craft', 4, {
    k: ['Which tasks of one trade close or damage the work of another (airtight layer, insulation, services)'],
    s: ['Order the tasks of a renovation so that each layer is checked before it is covered'],
    a: ['Holds a short start-of-task meeting with the trades concerned'],
  }, { credits: 1, esco: ['retrofit'] }),
  ulo('ULO-CC-02', ['Hand over work to the next trade with a checklist and photos', 'Transmettre son ouvrage au corps d’état suivant avec une liste de contrôle et des photos'], 'cross-craft', 3, {
    k: ['What the next trade needs to know: what was done, what is left open, what must not be pierced'],
    s: ['Fill in a hand-over checklist and take photos before the work is hidden'],
    a: ['Does not leave a layer covered without the hand-over signed'],
  }, { credits: 1 }),
  ulo('ULO-CC-03', ['Explain to occupants how to live in a renovated home', 'Expliquer aux occupants comment vivre dans un logement rénové'], 'cross-craft', 3, {
    k: ['Habits that spoil the gains: blocked inlets, switched-off ventilation, overheating'],
    s: ['Show occupants the ventilation, the heating controls and what to keep clear'],
    a: ['Adapts the explanation to the occupants and leaves written instructions'],
  }, { esco: ['energySaving'] }),
  ulo('ULO-EPB-01', ['Read λ, R and U values and labels', 'Lire les valeurs λ, R et U et les étiquettes'], 'energy-labels', 3, {
    k: ['λ is the material’s, R the layer’s (thickness / λ), U the whole wall’s (1 / total R)'],
    s: ['Read a product label and work out the R value of the thickness laid'],
    a: ['Checks the label before laying, not after'],
  }, { credits: 1, esco: ['epb'] }),
  ulo('ULO-EPB-02', ['Check delivered products against the specification', 'Vérifier que les produits livrés correspondent au cahier des charges'], 'energy-labels', 3, {
    k: ['Which markings prove a product matches the specification (CE, declared values, certifications)'],
    s: ['Compare the delivery note and labels with the specification and record any difference'],
    a: ['Refuses or reports a product that does not match before it is used'],
  }, { credits: 1 }),
  ulo('ULO-EPB-03', ['Read an energy performance certificate and its classes', 'Lire un diagnostic de performance énergétique et ses classes'], 'energy-labels', 4, {
    k: ['How the certificate classes energy use and emissions, and what renovation steps move a home up'],
    s: ['Point out on a certificate the main losses and the works recommended'],
    a: ['Explains to a client what the certificate does and does not say'],
  }, { credits: 1, esco: ['epb'] }),
  ulo('ULO-EPB-04', ['Draw up a staged whole-house renovation plan', 'Établir un plan de rénovation globale par étapes'], 'energy-labels', 5, {
    k: ['How to order works so that later steps do not undo earlier ones, and the gains of each step'],
    s: ['Turn an energy audit into a staged plan with costs, gains and trade sequence'],
    a: ['Takes responsibility for the plan’s consistency and updates it as works go on'],
  }, { credits: 3, esco: ['energyAudit', 'retrofit'] }),
  ulo('ULO-HS-01', ['Recognise suspect materials in old buildings and stop work', 'Repérer les matériaux suspects dans le bâti ancien et arrêter le travail'], 'health-safety', 2, {
    k: ['Where asbestos and lead are often found in buildings of before 1997 and 1949'],
    s: ['Recognise a suspect material, stop, mark the area and warn the site lead'],
    a: ['Never drills, sands or cuts a suspect material'],
  }, { esco: ['healthSafety'] }),
];
