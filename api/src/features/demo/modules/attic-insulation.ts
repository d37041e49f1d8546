// Demo module: insulating a cold loft (attic) safely and to the full thickness.
import { ATTIC_SVG } from '../media/envelope-diagrams.js';
import { bim, imageStep, practical, quiz, t, textStep, type DemoModule } from './builders.js';

export const ATTIC_INSULATION: DemoModule = {
  slug: 'attic-insulation',
  diagrams: { attic: ATTIC_SVG },
  content: {
    title: t('Isoler les combles perdus', 'Insulating a cold loft'),
    summary: t(
      'Travailler en sécurité dans les combles et poser toute l’épaisseur prévue, partout.',
      'Work safely in the loft and lay the full planned thickness, everywhere.',
    ),
    trades: ['insulation', 'roofing'],
    topic: 'roof-insulation',
    estimatedMinutes: 10,
    languages: ['fr', 'en'],
    outcomes: ['ULO-INS-02', 'ULO-AIR-01'],
    passMark: 0.66,
    steps: [
      textStep(
        'safety',
        t('D’abord la sécurité', 'Safety first'),
        t(
          '- Marchez sur les solives ou sur une planche. **Jamais sur le plafond : il casse.**\n- Éclairez bien la zone.\n- Masque, gants, lunettes : les fibres irritent.\n- Attention aux clous de la charpente au-dessus de votre tête.',
          '- Walk on the joists or on a board. **Never on the ceiling: it breaks.**\n- Light the area well.\n- Mask, gloves, glasses: fibres irritate.\n- Watch out for roofing nails above your head.',
        ),
        ['danger-fall', 'ppe-mask', 'ppe-gloves', 'ppe-glasses'],
      ),
      imageStep(
        'diagram',
        'attic',
        t(
          'Coupe des combles : isolant sur le plancher, déflecteur à l’égout, piges, écart au feu autour du conduit, capot sur le spot.',
          'Loft section: insulation on the floor, baffle at the eaves, depth markers, fire clearance around the flue, cover over the light.',
        ),
      ),
      textStep(
        'before',
        t('Avant d’isoler', 'Before insulating'),
        t(
          '- Bouchez les passages d’air : trappe, gaines, tuyaux, spots.\n- Posez les capots sur les spots encastrés.\n- Gardez l’écart au feu autour du conduit de cheminée, avec une protection incombustible.\n- À l’égout, posez les déflecteurs : l’air doit circuler sous la toiture.\n- Remontez les boîtes électriques au-dessus de l’isolant.',
          '- Seal the air paths: hatch, cables, pipes, lights.\n- Fit covers over recessed lights.\n- Keep the fire clearance around the chimney flue, with a non-combustible guard.\n- At the eaves, fit baffles: air must flow under the roof.\n- Lift electrical boxes above the insulation.',
        ),
        ['air-leak', 'danger-electric'],
      ),
      textStep(
        'thickness',
        t('La bonne épaisseur', 'The right thickness'),
        t(
          '- Plantez les piges avant de souffler ou de dérouler.\n- Remplissez jusqu’au trait de la pige, partout. Coins compris.\n- Comptez les sacs : l’étiquette donne le nombre de sacs par surface pour la résistance R prévue.\n- Trop peu de sacs = trop mince, même si cela semble plein.',
          '- Set the depth markers before blowing or rolling out.\n- Fill up to the mark on every marker. Corners too.\n- Count the bags: the label gives bags per area for the planned R value.\n- Too few bags = too thin, even if it looks full.',
        ),
        ['measure'],
      ),
      quiz(
        'q-walk',
        'single',
        t('Où posez-vous les pieds dans les combles ?', 'Where do you put your feet in the loft?'),
        [
          ['joists', t('Sur les solives ou une planche', 'On the joists or a board')],
          ['ceiling', t('Sur le plafond entre les solives', 'On the ceiling between the joists')],
          ['insulation', t('Sur l’isolant déjà posé', 'On the insulation already laid')],
        ],
        ['joists'],
        t('Oui. Le plafond ne porte pas votre poids.', 'Yes. The ceiling cannot carry your weight.'),
        t('Danger : vous passez à travers le plafond. Solives ou planche seulement.', 'Danger: you will go through the ceiling. Joists or a board only.'),
      ),
      quiz(
        'q-free',
        'multiple',
        t('Qu’est-ce qui doit rester libre, sans isolant collé contre ?', 'What must stay clear, with no insulation against it?'),
        [
          ['eaves', t('Le passage d’air à l’égout', 'The air path at the eaves')],
          ['flue', t('L’écart au feu autour du conduit', 'The fire clearance around the flue')],
          ['hatch', t('La trappe d’accès', 'The access hatch')],
          ['floor', t('Le plancher entre les solives', 'The floor between the joists')],
        ],
        ['eaves', 'flue'],
        t('Exact. La trappe, elle, s’isole et se rend étanche.', 'Right. The hatch, though, is insulated and sealed.'),
        t('Pas tout à fait : l’égout et l’écart au feu restent libres. La trappe s’isole.', 'Not quite: the eaves and the fire clearance stay clear. The hatch gets insulated.'),
      ),
      quiz(
        'q-order',
        'ordering',
        t('Remettez le chantier dans l’ordre.', 'Put the job in order.'),
        [
          ['fill', t('Souffler ou dérouler l’isolant', 'Blow or roll out the insulation')],
          ['seal', t('Boucher les passages d’air', 'Seal the air paths')],
          ['markers', t('Planter les piges', 'Set the depth markers')],
          ['hatch', t('Isoler et fermer la trappe', 'Insulate and close the hatch')],
        ],
        ['seal', 'markers', 'fill', 'hatch'],
        t('Parfait.', 'Perfect.'),
        t('Ordre : boucher, piges, isolant, puis la trappe en sortant.', 'Order: seal, markers, insulation, then the hatch on your way out.'),
      ),
      practical(
        'task',
        t('Contrôlez les combles terminés. Photographiez une pige avec l’isolant au trait.', 'Check the finished loft. Photograph a depth marker with the insulation at the mark.'),
        [
          ['sealed', t('Passages d’air bouchés', 'Air paths sealed')],
          ['baffles', t('Déflecteurs posés à l’égout', 'Baffles fitted at the eaves')],
          ['flue', t('Écart au feu respecté', 'Fire clearance kept')],
          ['depth', t('Épaisseur atteinte sur toutes les piges', 'Thickness reached at every marker')],
          ['hatch', t('Trappe isolée et étanche', 'Hatch insulated and sealed')],
        ],
        true,
      ),
      bim(t('La toiture et le plancher des combles.', 'The roof and the loft floor.'), [
        { ifcClass: 'IfcRoof' },
        { ifcClass: 'IfcSlab', predefinedType: 'ROOF' },
        { ifcClass: 'IfcCovering', predefinedType: 'INSULATION' },
      ]),
    ],
  },
};
