// Demo module: airtightness at window joinery.
import { WINDOW_AIRTIGHTNESS_SVG } from '../media/envelope-diagrams.js';
import { bim, imageStep, practical, quiz, t, textStep, type DemoModule } from './builders.js';

export const WINDOW_AIRTIGHTNESS: DemoModule = {
  slug: 'airtight-window-joints',
  diagrams: { 'window-joint': WINDOW_AIRTIGHTNESS_SVG },
  content: {
    title: t('Étanchéité à l’air autour des fenêtres', 'Airtight joints around windows'),
    summary: t(
      'Poser les bandes d’étanchéité entre la fenêtre et le mur, sans trou ni pli.',
      'Fit the sealing tapes between window and wall, with no gap and no crease.',
    ),
    trades: ['joinery', 'carpentry'],
    topic: 'airtightness',
    estimatedMinutes: 10,
    languages: ['fr', 'en'],
    outcomes: ['ULO-AIR-01', 'ULO-AIR-02'],
    passMark: 0.66,
    steps: [
      textStep(
        'why',
        t('Pourquoi', 'Why it matters'),
        t(
          'L’air passe par le moindre joint ouvert.\n\nIl emporte la chaleur.\n\nIl emporte aussi l’humidité dans le mur. Le mur moisit.\n\n**Une fente de 1 mm peut ruiner une bonne isolation.**',
          'Air gets through any open joint.\n\nIt carries heat away.\n\nIt also carries moisture into the wall. The wall goes mouldy.\n\n**A 1 mm gap can ruin good insulation.**',
        ),
        ['air-leak'],
      ),
      imageStep(
        'diagram',
        'window-joint',
        t(
          'Coupe d’un joint de fenêtre : bande bleue à l’intérieur, mousse au milieu, bande orange à l’extérieur.',
          'Section of a window joint: blue tape inside, foam in the middle, orange tape outside.',
        ),
        t('Trois fonctions : ① étanche à l’air, ② isolant, ③ pare-pluie.', 'Three jobs: ① airtight, ② insulating, ③ rain-tight.'),
      ),
      textStep(
        'prepare',
        t('Préparer le support', 'Prepare the surface'),
        t(
          '- Brossez la poussière.\n- Le support doit être sec. Pas de gel.\n- Maçonnerie poreuse : passez le primaire si la notice de la bande le demande.\n- Mettez des gants et des lunettes.',
          '- Brush off the dust.\n- The surface must be dry. No frost.\n- Porous masonry: apply the primer if the tape’s instructions ask for it.\n- Wear gloves and safety glasses.',
        ),
        ['ppe-gloves', 'ppe-glasses'],
      ),
      textStep(
        'fit',
        t('Poser la bande', 'Fit the tape'),
        t(
          '- Collez d’abord sur le dormant de la fenêtre.\n- Puis collez sur le mur.\n- Dans les angles, faites une boucle : la bande ne doit pas être tendue.\n- Recouvrements : 5 cm minimum.\n- Marouflez toute la longueur avec le rouleau.\n- **La mousse ou le silicone seuls ne sont pas étanches à l’air.**',
          '- Stick it to the window frame first.\n- Then stick it to the wall.\n- In corners, leave a loop: the tape must not be stretched.\n- Overlaps: 5 cm at least.\n- Press the whole length with the roller.\n- **Foam or silicone alone are not airtight.**',
        ),
        ['tool', 'do'],
      ),
      quiz(
        'q-side',
        'single',
        t('De quel côté le joint doit-il être le plus étanche à l’air ?', 'On which side must the joint be the most airtight?'),
        [
          ['inside', t('Côté intérieur (chaud)', 'Inside (warm side)')],
          ['outside', t('Côté extérieur (froid)', 'Outside (cold side)')],
          ['same', t('Pareil des deux côtés', 'The same on both sides')],
        ],
        ['inside'],
        t('Oui. Plus étanche dedans que dehors : l’humidité peut sortir.', 'Yes. Tighter inside than outside: moisture can get out.'),
        t('Non. C’est côté intérieur, chaud et humide, qu’il faut bloquer l’air.', 'No. Air must be stopped on the inside, the warm and humid side.'),
      ),
      quiz(
        'q-order',
        'ordering',
        t('Remettez les gestes dans l’ordre.', 'Put the steps in order.'),
        [
          ['roll', t('Maroufler au rouleau', 'Press with the roller')],
          ['clean', t('Nettoyer et sécher le support', 'Clean and dry the surface')],
          ['wall', t('Coller la bande sur le mur', 'Stick the tape to the wall')],
          ['frame', t('Coller la bande sur le dormant', 'Stick the tape to the frame')],
        ],
        ['clean', 'frame', 'wall', 'roll'],
        t('Bien joué : support propre, dormant, mur, rouleau.', 'Well done: clean surface, frame, wall, roller.'),
        t('Pas tout à fait : support propre, dormant, mur, puis rouleau.', 'Not quite: clean surface, frame, wall, then roller.'),
      ),
      quiz(
        'q-defects',
        'multiple',
        t('Quels défauts devez-vous reprendre ?', 'Which defects must you redo?'),
        [
          ['crease', t('Un pli dans la bande', 'A crease in the tape')],
          ['overlap', t('Un recouvrement de 2 cm', 'A 2 cm overlap')],
          ['foam', t('De la mousse seule, sans bande', 'Foam alone, with no tape')],
          ['rolled', t('Une bande marouflée au rouleau', 'A tape pressed with the roller')],
        ],
        ['crease', 'overlap', 'foam'],
        t('Exact. Pli, recouvrement court et mousse seule laissent passer l’air.', 'Right. A crease, a short overlap and foam alone all let air through.'),
        t('Regardez encore : seule la bande marouflée est correcte.', 'Look again: only the rolled tape is correct.'),
      ),
      practical(
        'task',
        t('Contrôlez une fenêtre que vous avez posée. Prenez en photo un angle.', 'Check a window you fitted. Take a photo of one corner.'),
        [
          ['clean', t('Support propre et sec', 'Surface clean and dry')],
          ['continuous', t('Bande continue tout autour, sans trou', 'Tape continuous all around, no gap')],
          ['corners', t('Angles avec boucle, bande non tendue', 'Corners looped, tape not stretched')],
          ['overlaps', t('Recouvrements de 5 cm minimum', 'Overlaps of 5 cm at least')],
          ['rolled', t('Bande marouflée, sans pli', 'Tape rolled, no crease')],
        ],
        true,
      ),
      bim(t('Les fenêtres et portes extérieures du chantier.', 'The site’s windows and external doors.'), [
        { ifcClass: 'IfcWindow' },
        { ifcClass: 'IfcDoor', where: [{ property: 'IsExternal', equals: true }] },
      ]),
    ],
  },
};
