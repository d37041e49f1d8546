// Demo module: placing and supporting a heat-pump outdoor unit.
import { HEAT_PUMP_SVG } from '../media/services-diagrams.js';
import { bim, imageStep, practical, quiz, t, textStep, type DemoModule } from './builders.js';

export const HEAT_PUMP: DemoModule = {
  slug: 'heat-pump-outdoor-unit',
  diagrams: { 'heat-pump': HEAT_PUMP_SVG },
  content: {
    title: t('Unité extérieure de pompe à chaleur : les bases', 'Heat pump outdoor unit: the basics'),
    summary: t('Où la placer, comment la poser, qui fait quoi.', 'Where to place it, how to set it, who does what.'),
    trades: ['hvac', 'plumbing'],
    topic: 'heat-pumps',
    estimatedMinutes: 8,
    languages: ['fr', 'en'],
    outcomes: ['ULO-HP-01'],
    passMark: 0.66,
    steps: [
      textStep(
        'who',
        t('Qui fait quoi', 'Who does what'),
        t(
          '- Le circuit frigorifique : **seulement un technicien certifié** (attestation de capacité).\n- Le raccordement électrique : un électricien habilité, courant coupé et condamné.\n- Vous : l’emplacement, le support, les condensats, les protections.',
          '- The refrigerant circuit: **only a certified technician** (F-gas certificate).\n- The electrical connection: a qualified electrician, power off and locked out.\n- You: the location, the support, the condensate, the protection.',
        ),
        ['danger-pressure', 'danger-electric'],
      ),
      imageStep(
        'diagram',
        'heat-pump',
        t(
          'Unité extérieure sur socle et plots, avec ses dégagements, l’évacuation des condensats, les liaisons isolées et la coupure.',
          'Outdoor unit on a plinth and pads, with its clearances, condensate drain, insulated lines and isolator.',
        ),
      ),
      textStep(
        'place',
        t('Choisir l’emplacement', 'Choose the spot'),
        t(
          '- Respectez les dégagements de la notice : derrière, sur les côtés, devant.\n- Ne soufflez pas contre un mur ni vers la fenêtre d’un voisin.\n- Loin des chambres : l’unité fait du bruit.\n- Pas sous un bord de toit sans gouttière : eau et glace tombent dessus.',
          '- Keep the clearances from the manual: behind, at the sides, in front.\n- Do not blow against a wall or towards a neighbour’s window.\n- Away from bedrooms: the unit is noisy.\n- Not under a roof edge without a gutter: water and ice fall on it.',
        ),
        ['measure'],
      ),
      textStep(
        'set',
        t('Poser l’unité', 'Set the unit'),
        t(
          '- Support solide et de niveau.\n- Surélevée au-dessus de la neige habituelle.\n- Plots anti-vibration sous les pieds.\n- Consoles murales : seulement sur un mur plein, avec des chevilles pour cette charge.\n- En hiver, de l’eau et de la glace sortent de l’unité. Menez-les vers un drain, pas sur un passage.',
          '- A solid, level support.\n- Raised above the usual snow depth.\n- Anti-vibration pads under the feet.\n- Wall brackets: only on a solid wall, with anchors rated for the load.\n- In winter, water and ice come out of the unit. Lead them to a drain, not onto a path.',
        ),
        ['tool', 'ppe-boots'],
      ),
      quiz(
        'q-refrigerant',
        'single',
        t('Qui peut ouvrir le circuit frigorifique ?', 'Who may open the refrigerant circuit?'),
        [
          ['certified', t('Un technicien certifié', 'A certified technician')],
          ['anyone', t('Tout compagnon avec des gants', 'Any worker wearing gloves')],
          ['electrician', t('L’électricien du chantier', 'The site electrician')],
        ],
        ['certified'],
        t('Oui. Le fluide est sous pression et nuisible au climat.', 'Yes. The refrigerant is under pressure and harms the climate.'),
        t('Non. Seul un technicien certifié manipule le fluide.', 'No. Only a certified technician handles the refrigerant.'),
      ),
      quiz(
        'q-placement',
        'multiple',
        t('Quels choix sont bons ?', 'Which choices are right?'),
        [
          ['pads', t('Unité surélevée sur plots anti-vibration', 'Unit raised on anti-vibration pads')],
          ['drain', t('Condensats menés vers un drain', 'Condensate led to a drain')],
          ['neighbour', t('Soufflage vers la fenêtre du voisin', 'Blowing towards the neighbour’s window')],
          ['tight', t('Collée contre le mur, sans dégagement', 'Tight against the wall, no clearance')],
        ],
        ['pads', 'drain'],
        t('Exact.', 'Right.'),
        t('Le soufflage vers un voisin et l’absence de dégagement sont des erreurs.', 'Blowing at a neighbour and no clearance are both mistakes.'),
      ),
      quiz(
        'q-water',
        'single',
        t('En hiver, de l’eau coule sous l’unité. C’est…', 'In winter, water drips under the unit. This is…'),
        [
          ['normal', t('Normal : ce sont les condensats et le dégivrage', 'Normal: it is condensate and defrosting')],
          ['leak', t('Une fuite de fluide frigorigène', 'A refrigerant leak')],
        ],
        ['normal'],
        t('Oui. Il faut juste l’évacuer proprement.', 'Yes. It just needs a proper drain.'),
        t('Non. Le fluide frigorigène est un gaz. L’eau vient du dégivrage.', 'No. The refrigerant is a gas. The water comes from defrosting.'),
      ),
      practical(
        'task',
        t('Contrôlez la pose de l’unité. Photographiez-la avec son support.', 'Check how the unit is set. Photograph it with its support.'),
        [
          ['clearances', t('Dégagements de la notice respectés', 'Clearances from the manual kept')],
          ['level', t('Support solide et de niveau', 'Support solid and level')],
          ['pads', t('Plots anti-vibration en place', 'Anti-vibration pads in place')],
          ['raised', t('Unité au-dessus de la neige', 'Unit above snow level')],
          ['drain', t('Condensats vers un drain', 'Condensate led to a drain')],
        ],
        false,
      ),
      bim(t('Les équipements de production de chaleur.', 'The heat-producing equipment.'), [
        { ifcClass: 'IfcUnitaryEquipment', predefinedType: 'SPLITSYSTEM' },
        { ifcClass: 'IfcEnergyConversionDevice' },
      ]),
    ],
  },
};
