// The demo framework's tasks: work on a renovation site, the professions that do it, and the ULOs it takes
// (task wording is our own, in the spirit of BUSLeague's task-based model; example data).
const P = {
  carpenter: ['carpenter / joiner', 'menuisier'],
  windowFitter: ['window fitter', 'poseur de menuiseries'],
  insulation: ['insulation installer', 'solier-isolateur'],
  facade: ['façade insulation installer', 'façadier-isolateur'],
  plasterer: ['plasterer / drywall installer', 'plaquiste'],
  roofer: ['roofer', 'couvreur'],
  ventilation: ['ventilation installer', 'installateur en ventilation'],
  heating: ['heating engineer', 'chauffagiste'],
  heatPump: ['heat-pump technician', 'frigoriste / technicien PAC'],
  electrician: ['electrician', 'électricien'],
  siteManager: ['site manager', 'chef de chantier'],
  advisor: ['energy advisor', 'conseiller énergie'],
} as const;

type Profession = keyof typeof P;

function task(id: string, [title, titleFr]: [string, string], phase: string, professions: Profession[], ulos: string[]) {
  return { id, title, titleFr, phase, professions: professions.map((p) => P[p][0]), professionsFr: professions.map((p) => P[p][1]), ulos };
}

export const DEMO_FRAMEWORK_TASKS = [
  task('T-PREP-01', ['Survey the building before works: defects, moisture, thermal bridges', 'Relever l’existant avant travaux : désordres, humidité, ponts thermiques'], 'preparation', ['siteManager', 'advisor', 'carpenter'], ['ULO-TB-01', 'ULO-HS-01', 'ULO-EPB-03']),
  task('T-PREP-02', ['Plan the order of trades and their interfaces', 'Planifier l’ordre des corps d’état et leurs interfaces'], 'preparation', ['siteManager'], ['ULO-CC-01', 'ULO-EPB-04']),
  task('T-PREP-03', ['Check delivered insulation and windows against the specification', 'Contrôler isolants et menuiseries livrés au regard du cahier des charges'], 'preparation', ['siteManager', 'insulation', 'windowFitter'], ['ULO-EPB-01', 'ULO-EPB-02']),
  task('T-ENV-01', ['Replace windows in the insulation plane, joints airtight', 'Remplacer les fenêtres dans le plan de l’isolant, joints étanches'], 'envelope', ['windowFitter', 'carpenter'], ['ULO-WIN-01', 'ULO-WIN-02', 'ULO-AIR-02', 'ULO-TB-02']),
  task('T-ENV-02', ['Insulate external walls with an ETICS system', 'Isoler les murs par l’extérieur sous enduit (ITE)'], 'envelope', ['facade', 'plasterer'], ['ULO-INS-01', 'ULO-TB-01', 'ULO-TB-02']),
  task('T-ENV-03', ['Insulate a loft or roof without gaps', 'Isoler des combles ou une toiture sans lacune'], 'envelope', ['insulation', 'roofer', 'carpenter'], ['ULO-INS-02', 'ULO-INS-05', 'ULO-AIR-01']),
  task('T-ENV-04', ['Insulate walls from inside with a continuous vapour control layer', 'Isoler les murs par l’intérieur avec un pare-vapeur continu'], 'envelope', ['plasterer', 'insulation'], ['ULO-INS-03', 'ULO-AIR-01', 'ULO-AIR-04']),
  task('T-ENV-05', ['Blow insulation into cavities and voids', 'Insuffler de l’isolant dans les lames d’air et les vides'], 'envelope', ['insulation'], ['ULO-INS-04', 'ULO-INS-05']),
  task('T-ENV-06', ['Find and seal air leaks before the blower-door test', 'Trouver et colmater les fuites d’air avant le test d’infiltrométrie'], 'envelope', ['carpenter', 'plasterer', 'electrician', 'heating'], ['ULO-AIR-01', 'ULO-AIR-03', 'ULO-AIR-04']),
  task('T-SYS-01', ['Install a balanced ventilation unit (MVHR) and its ducts', 'Installer une VMC double flux et ses conduits'], 'systems', ['ventilation', 'electrician'], ['ULO-VEN-01', 'ULO-AIR-04']),
  task('T-SYS-02', ['Install humidity-controlled extract ventilation', 'Installer une VMC simple flux hygroréglable'], 'systems', ['ventilation', 'electrician'], ['ULO-VEN-03', 'ULO-AIR-04']),
  task('T-SYS-03', ['Place and connect a heat-pump outdoor unit', 'Poser et raccorder l’unité extérieure d’une pompe à chaleur'], 'systems', ['heatPump', 'heating'], ['ULO-HP-01', 'ULO-HP-02', 'ULO-HP-03']),
  task('T-COM-01', ['Commission ventilation and record the air flows', 'Mettre en service la ventilation et consigner les débits'], 'commissioning', ['ventilation'], ['ULO-VEN-02', 'ULO-VEN-04']),
  task('T-COM-02', ['Commission a heat pump and explain it to the occupants', 'Mettre en service une pompe à chaleur et l’expliquer aux occupants'], 'commissioning', ['heatPump', 'heating'], ['ULO-HP-04', 'ULO-CC-03']),
  task('T-HO-01', ['Hand over to the next trade with a checklist and photos', 'Passer le relais au corps d’état suivant avec liste de contrôle et photos'], 'hand-over', ['siteManager', 'carpenter', 'plasterer', 'electrician', 'heating'], ['ULO-CC-02']),
];
