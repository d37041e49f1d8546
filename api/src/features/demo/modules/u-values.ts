// Demo module: reading energy labels and λ, R, U values on site.
import { U_VALUES_SVG } from '../media/services-diagrams.js';
import { bim, imageStep, practical, quiz, t, textStep, type DemoModule } from './builders.js';

export const U_VALUES: DemoModule = {
  slug: 'reading-energy-labels',
  diagrams: { 'u-values': U_VALUES_SVG },
  content: {
    title: t('Lire les étiquettes : λ, R et U', 'Reading labels: λ, R and U'),
    summary: t('Trois chiffres pour vérifier un produit avant de le poser.', 'Three numbers to check a product before you fit it.'),
    trades: ['insulation', 'joinery', 'general'],
    topic: 'energy-performance',
    estimatedMinutes: 7,
    languages: ['fr', 'en'],
    outcomes: ['ULO-EPB-01', 'ULO-EPB-02'],
    passMark: 0.66,
    steps: [
      textStep(
        'three',
        t('Trois chiffres', 'Three numbers'),
        t(
          '- **λ (lambda)** : le matériau. Plus il est petit, mieux il isole.\n- **R** : la couche posée. Plus il est grand, mieux elle isole.\n- **U** : la paroi entière, ou la fenêtre. Plus il est petit, moins de chaleur sort.',
          '- **λ (lambda)**: the material. The lower, the better it insulates.\n- **R**: the layer you fit. The higher, the better it insulates.\n- **U**: the whole wall, or the window. The lower, the less heat escapes.',
        ),
      ),
      imageStep(
        'diagram',
        'u-values',
        t(
          'Un mur isolé avec le calcul de R, des fenêtres classées par Uw, et l’étiquette énergie A à G.',
          'An insulated wall with the R calculation, windows ranked by Uw, and the A to G energy label.',
        ),
      ),
      textStep(
        'calc',
        t('Calculer R', 'Working out R'),
        t(
          'R = épaisseur en mètres ÷ λ.\n\nExemple : 200 mm de laine à λ 0,032.\n\n0,20 ÷ 0,032 = **R 6,25**.\n\nAvec λ 0,040, il faut 250 mm pour le même R.',
          'R = thickness in metres ÷ λ.\n\nExample: 200 mm of wool at λ 0.032.\n\n0.20 ÷ 0.032 = **R 6.25**.\n\nWith λ 0.040 you need 250 mm for the same R.',
        ),
        ['measure'],
      ),
      textStep(
        'check',
        t('Vérifier sur le chantier', 'Checking on site'),
        t(
          '- Lisez l’étiquette du paquet ou la fiche du produit : λ, R, épaisseur, certification.\n- Comparez avec le descriptif du chantier.\n- Fenêtre : regardez **Uw** (la fenêtre entière), pas Ug (le vitrage seul).\n- L’étiquette A à G concerne le bâtiment entier, pas un produit.\n- **Ça ne correspond pas ? Arrêtez et prévenez le chef de chantier avant de poser.**',
          '- Read the label on the pack or the product sheet: λ, R, thickness, certification.\n- Compare with the site specification.\n- Window: look at **Uw** (the whole window), not Ug (the glass only).\n- The A to G label is about the whole building, not a product.\n- **Does not match? Stop and tell the site manager before fitting.**',
        ),
        ['photo', 'dont'],
      ),
      quiz(
        'q-window',
        'single',
        t('Quelle fenêtre isole le mieux ?', 'Which window insulates best?'),
        [
          ['u13', t('Uw = 1,3', 'Uw = 1.3')],
          ['u08', t('Uw = 0,8', 'Uw = 0.8')],
          ['u28', t('Uw = 2,8', 'Uw = 2.8')],
        ],
        ['u08'],
        t('Oui : le plus petit U perd le moins de chaleur.', 'Yes: the lowest U loses the least heat.'),
        t('Non : pour U, plus petit = mieux. C’est 0,8.', 'No: for U, lower is better. It is 0.8.'),
      ),
      quiz(
        'q-r',
        'single',
        t('100 mm d’isolant à λ 0,040 : quel R ?', '100 mm of insulation at λ 0.040: what R?'),
        [
          ['r25', t('R = 2,5', 'R = 2.5')],
          ['r4', t('R = 4', 'R = 4')],
          ['r04', t('R = 0,4', 'R = 0.4')],
        ],
        ['r25'],
        t('Oui : 0,10 ÷ 0,040 = 2,5.', 'Yes: 0.10 ÷ 0.040 = 2.5.'),
        t('Pensez en mètres : 0,10 ÷ 0,040 = 2,5.', 'Think in metres: 0.10 ÷ 0.040 = 2.5.'),
      ),
      quiz(
        'q-better',
        'multiple',
        t('Quelles valeurs veulent dire « isole mieux » ?', 'Which values mean “insulates better”?'),
        [
          ['low-u', t('Un U plus petit', 'A lower U')],
          ['high-r', t('Un R plus grand', 'A higher R')],
          ['low-l', t('Un λ plus petit', 'A lower λ')],
          ['high-u', t('Un U plus grand', 'A higher U')],
        ],
        ['low-u', 'high-r', 'low-l'],
        t('Exact : U et λ petits, R grand.', 'Right: low U and λ, high R.'),
        t('Retenez : U et λ petits, R grand.', 'Remember: low U and λ, high R.'),
      ),
      practical(
        'task',
        t('Vérifiez un produit livré aujourd’hui. Photographiez son étiquette.', 'Check a product delivered today. Photograph its label.'),
        [
          ['label', t('Étiquette ou fiche trouvée', 'Label or product sheet found')],
          ['values', t('λ, R ou Uw et épaisseur relevés', 'λ, R or Uw and thickness noted')],
          ['spec', t('Comparé au descriptif du chantier', 'Compared with the site specification')],
          ['report', t('Écart signalé au chef de chantier, s’il y en a un', 'Any mismatch reported to the site manager')],
        ],
        false,
      ),
      bim(t('Les parois et fenêtres dont le U est donné dans la maquette.', 'The walls and windows whose U value is in the model.'), [
        { ifcClass: 'IfcWall', where: [{ property: 'IsExternal', equals: true }] },
        { ifcClass: 'IfcWindow' },
        { ifcClass: 'IfcRoof' },
      ]),
    ],
  },
};
