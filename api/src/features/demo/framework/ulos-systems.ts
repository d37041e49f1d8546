// Demo ULOs of building services: ventilation and heat pumps. Our own wording.
import { ulo } from './ulo-builder.js';

export const SYSTEMS_ULOS = [
  ulo('ULO-VEN-01', ['Install a balanced ventilation unit (MVHR) and its ducts', 'Poser une VMC double flux et ses conduits'], 'ventilation', 3, {
    k: ['How heat recovery works and why ducts outside the heated volume must be insulated'],
    s: ['Mount the unit on an anti-vibration support, run and seal the ducts, fit the condensate drain'],
    a: ['Keeps ducts capped on site so no dust gets in before commissioning'],
  }, { credits: 2, esco: ['ventilationAdvice'] }),
  ulo('ULO-VEN-02', ['Commission ventilation: measure and record air flows', 'Mettre en service une ventilation : mesurer et noter les débits'], 'ventilation', 4, {
    k: ['Design air flows per room and how terminals are balanced'],
    s: ['Measure each terminal with a flow hood, balance the system and fill in the commissioning sheet'],
    a: ['Signs the commissioning sheet only for flows actually measured'],
  }, { credits: 1, esco: ['indoorQuality'] }),
  ulo('ULO-VEN-03', ['Install humidity-controlled extract ventilation', 'Poser une VMC simple flux hygroréglable'], 'ventilation', 3, {
    k: ['Why fresh-air inlets and door undercuts belong to the same system as the extract fan'],
    s: ['Fit the fan, extract terminals and window inlets matched to the rooms'],
    a: ['Tells the joiner where inlets go before the windows are ordered'],
  }, { credits: 1, esco: ['ventilationAdvice'] }),
  ulo('ULO-VEN-04', ['Maintain ventilation: filters, terminals, ducts', 'Entretenir une ventilation : filtres, bouches, conduits'], 'ventilation', 2, {
    k: ['What clogged filters and terminals do to air flows and to the fan’s consumption'],
    s: ['Change filters, clean terminals and check the condensate drain'],
    a: ['Notes what was done and when it is next due'],
  }),
  ulo('ULO-HP-01', ['Place and support a heat-pump outdoor unit safely', 'Placer et supporter l’unité extérieure d’une pompe à chaleur en sécurité'], 'heat-pumps', 3, {
    k: ['Clearances, noise towards neighbours, snow and condensate, and the load the support takes'],
    s: ['Set the unit on a level, isolated support with room for air flow and servicing'],
    a: ['Does not work on the refrigerant circuit without the required certificate'],
  }, { credits: 1, esco: ['installHeatPump'] }),
  ulo('ULO-HP-02', ['Match a heat pump to emitters and flow temperatures', 'Adapter une pompe à chaleur aux émetteurs et aux températures d’eau'], 'heat-pumps', 4, {
    k: ['How flow temperature drives the seasonal performance, and how emitters size it'],
    s: ['Check each room’s emitter against its heat loss at the chosen flow temperature'],
    a: ['Advises the client when the envelope should be improved before the heat pump'],
  }, { credits: 2, esco: ['heatPumpTypes', 'heatDistribution'] }),
  ulo('ULO-HP-03', ['Handle refrigerant circuits under the certification rules', 'Intervenir sur les circuits frigorifiques selon les règles d’attestation'], 'heat-pumps', 4, {
    k: ['The rules for fluorinated gases: certificates, leak checks, recovery and records'],
    s: ['Pressure-test, evacuate and charge a split circuit, and record the quantities'],
    a: ['Keeps the fluid log and refuses to vent refrigerant'],
  }, { credits: 2, esco: ['refrigerantTightness'] }),
  ulo('ULO-HP-04', ['Commission a heat pump and hand it over', 'Mettre en service une pompe à chaleur et la remettre au client'], 'heat-pumps', 4, {
    k: ['Settings that matter to comfort and consumption: heating curve, hot-water schedule, defrost'],
    s: ['Set the heating curve, check flows and explain the controls to the occupants'],
    a: ['Leaves the settings, manuals and maintenance dates with the client'],
  }, { credits: 1, esco: ['installHeatPump', 'energySaving'] }),
];
