// Demo module: fixing external thermal insulation (ETICS) without thermal bridges.
import { ETICS_SVG } from '../media/envelope-diagrams.js';
import { bim, imageStep, practical, quiz, t, textStep, type DemoModule } from './builders.js';

export const ETICS: DemoModule = {
  slug: 'etics-fixing-thermal-bridges',
  diagrams: { etics: ETICS_SVG },
  content: {
    title: t('ITE : coller, cheviller, sans pont thermique', 'ETICS: glue, anchor, no thermal bridge'),
    summary: t(
      'Poser les panneaux d’isolation par l’extérieur sans laisser passer la chaleur.',
      'Fit external insulation boards without letting heat escape.',
    ),
    trades: ['insulation', 'plastering'],
    topic: 'external-insulation',
    estimatedMinutes: 12,
    languages: ['fr', 'en'],
    outcomes: ['ULO-INS-01', 'ULO-TB-01'],
    passMark: 0.5,
    steps: [
      textStep(
        'bridge',
        t('Le pont thermique', 'The thermal bridge'),
        t(
          'La chaleur sort là où l’isolant s’arrête.\n\nC’est un pont thermique.\n\nUn joint ouvert, une cheville nue, un angle mal coupé : autant de fuites de chaleur.\n\nSur la façade, on les voit : des taches froides et sales.',
          'Heat escapes where the insulation stops.\n\nThat is a thermal bridge.\n\nAn open joint, a bare anchor, a badly cut corner: each one leaks heat.\n\nOn the façade you can see them: cold, dirty marks.',
        ),
        ['thermal-bridge'],
      ),
      imageStep(
        'diagram',
        'etics',
        t(
          'Coupe du système : mur, colle, panneau, cheville, enduit. À droite, les panneaux décalés autour d’une fenêtre.',
          'Section of the system: wall, adhesive, board, anchor, render. Right: staggered boards around a window.',
        ),
      ),
      textStep(
        'glue',
        t('Coller', 'Glue'),
        t(
          '- Un boudin de colle tout autour du panneau.\n- Trois plots au milieu.\n- Au moins 40 % de la surface collée.\n- Pressez et glissez le panneau en place.\n- **Jamais de colle dans les joints entre panneaux.**',
          '- A bead of adhesive all around the board.\n- Three dabs in the middle.\n- At least 40% of the surface glued.\n- Press and slide the board into place.\n- **Never put adhesive in the joints between boards.**',
        ),
        ['do', 'dont'],
      ),
      textStep(
        'lay',
        t('Poser', 'Lay'),
        t(
          '- Partez du profilé de départ, bien de niveau.\n- Décalez les joints, comme des briques.\n- Aux angles des fenêtres : panneau découpé en L. Pas de joint dans l’alignement de l’angle.\n- Joint de plus de 2 mm : bouchez avec une lamelle d’isolant. Pas avec de la colle.',
          '- Start from the base rail, perfectly level.\n- Stagger the joints, like bricks.\n- At window corners: an L-shaped board. No joint in line with the corner.\n- Joint wider than 2 mm: fill it with a strip of insulation. Not with adhesive.',
        ),
        ['measure'],
      ),
      textStep(
        'anchor',
        t('Cheviller', 'Anchor'),
        t(
          '- Attendez que la colle ait pris.\n- Suivez le plan de chevillage du fabricant.\n- Percez à la bonne profondeur. Portez lunettes et protections auditives.\n- Enfoncez la rosace dans l’isolant et posez la pastille isolante.\n- **Une tête de cheville nue = une tache froide sur la façade.**',
          '- Wait until the adhesive has set.\n- Follow the maker’s anchor pattern.\n- Drill to the right depth. Wear glasses and ear protection.\n- Set the plate into the insulation and fit the insulating cap.\n- **A bare anchor head = a cold mark on the façade.**',
        ),
        ['ppe-glasses', 'ppe-ear'],
      ),
      quiz(
        'q-bridges',
        'multiple',
        t('Qu’est-ce qui crée un pont thermique ?', 'What creates a thermal bridge?'),
        [
          ['glue-joint', t('Un joint entre panneaux rempli de colle', 'A joint between boards filled with adhesive')],
          ['bare-anchor', t('Une tête de cheville sans pastille', 'An anchor head without a cap')],
          ['staggered', t('Des joints décalés', 'Staggered joints')],
          ['l-cut', t('Un panneau en L à l’angle de la fenêtre', 'An L-shaped board at the window corner')],
        ],
        ['glue-joint', 'bare-anchor'],
        t('Oui. La colle et la cheville nue conduisent la chaleur.', 'Yes. Adhesive and a bare anchor both conduct heat.'),
        t('Non. Joints décalés et coupe en L sont les bons gestes.', 'No. Staggered joints and L-cuts are the right moves.'),
      ),
      quiz(
        'q-corner',
        'single',
        t('À l’angle d’une fenêtre, le panneau est…', 'At a window corner, the board is…'),
        [
          ['l', t('Découpé en L autour de l’angle', 'Cut in an L around the corner')],
          ['joint', t('Coupé pile dans l’alignement de l’angle', 'Cut exactly in line with the corner')],
        ],
        ['l'],
        t('Bien. Un joint à l’angle finit en fissure dans l’enduit.', 'Good. A joint at the corner ends up as a crack in the render.'),
        t('Non : un joint dans l’angle fissure l’enduit. Découpez en L.', 'No: a joint at the corner cracks the render. Cut an L.'),
      ),
      practical(
        'task',
        t('Vérifiez un pan de façade isolé avant l’enduit. Prenez une photo.', 'Check one insulated wall area before rendering. Take a photo.'),
        [
          ['rail', t('Profilé de départ de niveau', 'Base rail level')],
          ['glue', t('Boudin + plots, pas de colle dans les joints', 'Bead + dabs, no adhesive in the joints')],
          ['stagger', t('Joints décalés, découpes en L aux angles', 'Joints staggered, L-cuts at corners')],
          ['gaps', t('Pas de joint ouvert de plus de 2 mm', 'No open joint wider than 2 mm')],
          ['anchors', t('Chevilles selon le plan, enfoncées, avec pastille', 'Anchors as planned, set in, capped')],
        ],
        true,
      ),
      bim(t('Les murs extérieurs à isoler et leur isolant.', 'The external walls to insulate and their insulation.'), [
        { ifcClass: 'IfcWall', where: [{ property: 'IsExternal', equals: true }] },
        { ifcClass: 'IfcCovering', predefinedType: 'INSULATION' },
      ]),
    ],
  },
};
