// The learning-outcome codes the demo modules cover, in one place until the qualifications feature defines the framework.
export const DEMO_LEARNING_OUTCOMES = [
  { code: 'ULO-AIR-01', fr: 'Expliquer pourquoi l’étanchéité à l’air compte (chaleur, humidité)', en: 'Explain why airtightness matters (heat, moisture)' },
  { code: 'ULO-AIR-02', fr: 'Rendre étanches les joints des menuiseries (bandes, membranes)', en: 'Seal window and door joints (tapes, membranes)' },
  { code: 'ULO-INS-01', fr: 'Fixer un système d’isolation par l’extérieur (colle, chevilles, joints)', en: 'Fix an external insulation system (adhesive, anchors, joints)' },
  { code: 'ULO-INS-02', fr: 'Isoler combles et toitures sans interruption, à l’épaisseur prévue', en: 'Insulate lofts and roofs without gaps, to the specified thickness' },
  { code: 'ULO-TB-01', fr: 'Reconnaître et éviter les ponts thermiques', en: 'Recognise and avoid thermal bridges' },
  { code: 'ULO-VEN-01', fr: 'Poser une VMC double flux et ses conduits', en: 'Install a balanced ventilation unit (MVHR) and its ducts' },
  { code: 'ULO-VEN-02', fr: 'Mettre en service une ventilation : mesurer et noter les débits', en: 'Commission ventilation: measure and record air flows' },
  { code: 'ULO-HP-01', fr: 'Placer et supporter l’unité extérieure d’une pompe à chaleur en sécurité', en: 'Place and support a heat-pump outdoor unit safely' },
  { code: 'ULO-EPB-01', fr: 'Lire les valeurs λ, R et U et les étiquettes', en: 'Read λ, R and U values and labels' },
  { code: 'ULO-EPB-02', fr: 'Vérifier que les produits livrés correspondent au cahier des charges', en: 'Check delivered products against the specification' },
] as const;

export type DemoOutcomeCode = (typeof DEMO_LEARNING_OUTCOMES)[number]['code'];
