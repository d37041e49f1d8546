// Demo module: installing balanced mechanical ventilation with heat recovery (VMC double flux).
import { MVHR_SVG } from '../media/services-diagrams.js';
import { bim, imageStep, practical, quiz, t, textStep, type DemoModule } from './builders.js';

export const MVHR: DemoModule = {
  slug: 'mvhr-installation',
  diagrams: { mvhr: MVHR_SVG },
  content: {
    title: t('Poser une VMC double flux', 'Installing balanced ventilation (MVHR)'),
    summary: t('Le caisson, les quatre conduits et la mise en service.', 'The unit, the four ducts and commissioning.'),
    trades: ['hvac', 'ventilation'],
    topic: 'ventilation',
    estimatedMinutes: 12,
    languages: ['fr', 'en'],
    outcomes: ['ULO-VEN-01', 'ULO-VEN-02'],
    passMark: 0.66,
    steps: [
      textStep(
        'principle',
        t('Le principe', 'How it works'),
        t(
          'L’air neuf est soufflé dans les pièces sèches : séjour, chambres.\n\nL’air vicié est aspiré dans les pièces humides : cuisine, salle de bains, WC.\n\nDans l’échangeur, l’air sortant chauffe l’air entrant.\n\n**Les deux airs ne se mélangent jamais.**',
          'Fresh air is blown into the dry rooms: living room, bedrooms.\n\nStale air is drawn out of the wet rooms: kitchen, bathroom, WC.\n\nIn the heat exchanger, outgoing air warms incoming air.\n\n**The two air flows never mix.**',
        ),
      ),
      imageStep(
        'diagram',
        'mvhr',
        t(
          'Schéma d’une maison : air neuf, air soufflé, air extrait, air rejeté, et le caisson avec échangeur au centre.',
          'House diagram: outdoor air, supply air, extract air, exhaust air, and the unit with its heat exchanger in the middle.',
        ),
      ),
      textStep(
        'unit',
        t('Le caisson', 'The unit'),
        t(
          '- Si possible dans le volume chauffé.\n- Accessible pour changer les filtres.\n- De niveau, sur supports anti-vibration.\n- Évacuation des condensats avec un siphon et de la pente.\n- Coupez le courant avant tout branchement.',
          '- Inside the heated space if possible.\n- Easy to reach for filter changes.\n- Level, on anti-vibration mounts.\n- Condensate drain with a trap and a fall.\n- Switch the power off before any wiring.',
        ),
        ['danger-electric', 'tool'],
      ),
      textStep(
        'ducts',
        t('Les conduits', 'The ducts'),
        t(
          '- Chemin court, peu de coudes.\n- Air neuf et air rejeté sont froids : isolez-les, même dans le volume chauffé. Sinon, condensation.\n- Dans des combles froids, isolez aussi l’air soufflé et l’air extrait.\n- Rendez chaque raccord étanche.\n- Prise d’air neuf et rejet bien éloignés l’un de l’autre.\n- Bouchez les bouts de conduit pendant le chantier : pas de poussière dedans.',
          '- Short route, few bends.\n- Outdoor air and exhaust are cold: insulate them, even inside the heated space. Otherwise, condensation.\n- In a cold loft, insulate supply and extract ducts too.\n- Make every joint airtight.\n- Keep the outdoor air intake well away from the exhaust.\n- Cap duct ends during the works: no dust inside.',
        ),
        ['air-leak', 'dont'],
      ),
      quiz(
        'q-extract',
        'single',
        t('Où l’air vicié est-il aspiré ?', 'Where is stale air drawn out?'),
        [
          ['wet', t('Cuisine, salle de bains, WC', 'Kitchen, bathroom, WC')],
          ['dry', t('Séjour et chambres', 'Living room and bedrooms')],
          ['hall', t('Seulement dans l’entrée', 'Only in the hallway')],
        ],
        ['wet'],
        t('Oui : on aspire là où il y a humidité et odeurs.', 'Yes: air is drawn out where there is moisture and smell.'),
        t('Non : on aspire dans les pièces humides, on souffle dans les pièces sèches.', 'No: extract from wet rooms, supply to dry rooms.'),
      ),
      quiz(
        'q-insulate',
        'multiple',
        t('Dans le volume chauffé, quels conduits isolez-vous ?', 'Inside the heated space, which ducts do you insulate?'),
        [
          ['intake', t('Air neuf (prise extérieure)', 'Outdoor air (intake)')],
          ['exhaust', t('Air rejeté', 'Exhaust air')],
          ['supply', t('Air soufflé vers une chambre', 'Supply air to a bedroom')],
        ],
        ['intake', 'exhaust'],
        t('Exact : ce sont les deux conduits froids.', 'Right: those are the two cold ducts.'),
        t('Les conduits froids sont l’air neuf et l’air rejeté.', 'The cold ducts are outdoor air and exhaust.'),
      ),
      quiz(
        'q-commission',
        'ordering',
        t('Mise en service : dans quel ordre ?', 'Commissioning: in what order?'),
        [
          ['measure', t('Mesurer le débit à chaque bouche', 'Measure the flow at each vent')],
          ['filters', t('Vérifier que les filtres sont en place', 'Check the filters are in place')],
          ['record', t('Noter les débits sur la fiche', 'Write the flows on the sheet')],
          ['adjust', t('Régler les bouches', 'Adjust the vents')],
        ],
        ['filters', 'measure', 'adjust', 'record'],
        t('Parfait : filtres, mesure, réglage, fiche.', 'Perfect: filters, measure, adjust, record.'),
        t('Ordre : filtres, mesure, réglage, puis la fiche.', 'Order: filters, measure, adjust, then the sheet.'),
      ),
      practical(
        'task',
        t('Contrôlez l’installation avec le formateur. Photographiez le caisson et ses raccords.', 'Check the installation with the trainer. Photograph the unit and its connections.'),
        [
          ['unit', t('Caisson de niveau, accessible, sur supports anti-vibration', 'Unit level, reachable, on anti-vibration mounts')],
          ['drain', t('Condensats avec siphon et pente', 'Condensate drain with trap and fall')],
          ['cold-ducts', t('Air neuf et air rejeté isolés', 'Outdoor air and exhaust insulated')],
          ['joints', t('Raccords étanches', 'Joints airtight')],
          ['flows', t('Débits mesurés et notés', 'Flows measured and recorded')],
        ],
        true,
      ),
      bim(t('Le caisson, les conduits et les bouches.', 'The unit, the ducts and the vents.'), [
        { ifcClass: 'IfcUnitaryEquipment' },
        { ifcClass: 'IfcAirToAirHeatRecovery' },
        { ifcClass: 'IfcDuctSegment' },
        { ifcClass: 'IfcFlowTerminal' },
        { ifcClass: 'IfcAirTerminal' },
      ]),
    ],
  },
};
