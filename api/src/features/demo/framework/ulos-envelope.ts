// Demo ULOs of the building envelope: airtightness, insulation, windows and thermal bridges. Our own wording.
import { ulo } from './ulo-builder.js';

export const ENVELOPE_ULOS = [
  ulo('ULO-AIR-01', ['Explain why airtightness matters (heat, moisture)', 'Expliquer pourquoi l’étanchéité à l’air compte (chaleur, humidité)'], 'airtightness', 3, {
    k: ['Warm indoor air leaking through the envelope carries heat and water vapour that can condense inside walls and roofs'],
    s: ['Point out on site where the airtight layer runs and where it is broken'],
    a: ['Raises any breach of the airtight layer with the site lead, whoever caused it'],
  }, { credits: 1, esco: ['airtight'] }),
  ulo('ULO-AIR-02', ['Seal window and door joints (tapes, membranes)', 'Rendre étanches les joints des menuiseries (bandes, membranes)'], 'airtightness', 3, {
    k: ['Inside tapes are tighter to vapour than outside ones; the substrate must be clean, dry and primed when the maker asks'],
    s: ['Fit pre-compressed tape, membrane and sealant around a frame without folds or gaps, corners included'],
    a: ['Checks own joints before the lining goes on and photographs them for the next trade'],
  }, { credits: 1, esco: ['airtight', 'insulationStrips'] }),
  ulo('ULO-AIR-03', ['Prepare a dwelling for a blower-door test and find leaks', 'Préparer un logement pour un test d’infiltrométrie et trouver les fuites'], 'airtightness', 4, {
    k: ['What the n50 / q50 figures say and what the test conditions require (openings closed, traps filled, vents taped)'],
    s: ['Prepare the dwelling, follow the tester and locate leaks with smoke or the back of the hand under depression'],
    a: ['Organises the repairs of the leaks found with the trades concerned'],
  }, { credits: 1, esco: ['airtight'] }),
  ulo('ULO-AIR-04', ['Seal service penetrations through the airtight layer', 'Traiter les traversées de réseaux dans la couche étanche'], 'airtightness', 3, {
    k: ['Cables, pipes, ducts and sockets are the most frequent leaks in renovated homes'],
    s: ['Fit grommets, collars and airtight boxes for the penetrations of the own trade'],
    a: ['Makes no new hole in the airtight layer without sealing it the same day'],
  }, { esco: ['airtight'] }),
  ulo('ULO-INS-01', ['Fix an external insulation system (adhesive, anchors, joints)', 'Fixer un système d’isolation par l’extérieur (colle, chevilles, joints)'], 'insulation', 3, {
    k: ['The layers of an external thermal insulation composite system and the maker’s fixing rules'],
    s: ['Bond and anchor boards in a staggered pattern with tight joints, and fill gaps with foam instead of render'],
    a: ['Stops and reports when the substrate cannot hold the system'],
  }, { credits: 2, esco: ['envelope', 'insulationTypes'] }),
  ulo('ULO-INS-02', ['Insulate lofts and roofs without gaps, to the specified thickness', 'Isoler combles et toitures sans interruption, à l’épaisseur prévue'], 'insulation', 3, {
    k: ['How a gap of a few percent of the area loses a large share of the insulation’s effect'],
    s: ['Lay or blow insulation to the marked depth, keep eaves ventilation open and box around hatches and lights'],
    a: ['Records the thickness laid with depth markers and photos'],
  }, { credits: 2, esco: ['insulationTypes'] }),
  ulo('ULO-INS-03', ['Insulate walls from inside with a continuous vapour control layer', 'Isoler les murs par l’intérieur avec un pare-vapeur continu'], 'insulation', 3, {
    k: ['Why the vapour control layer sits on the warm side and must stay continuous at junctions'],
    s: ['Build an internal lining with studs, insulation and a taped vapour control layer'],
    a: ['Agrees with the electrician where cables run before the layer is closed'],
  }, { credits: 2, esco: ['envelope'] }),
  ulo('ULO-INS-04', ['Fill cavities and voids by blowing insulation', 'Isoler les vides et lames d’air par insufflation'], 'insulation', 3, {
    k: ['Which walls and floors suit blown insulation and the target density of each material'],
    s: ['Drill a filling pattern, blow to density and check the fill with a camera or the weight used'],
    a: ['Refuses to fill a cavity that shows signs of rising damp'],
  }, { esco: ['insulationTypes'] }),
  ulo('ULO-INS-05', ['Choose insulation materials, bio-based ones included', 'Choisir les isolants, y compris biosourcés'], 'insulation', 4, {
    k: ['Thermal conductivity, density, vapour behaviour, fire class and embodied carbon of common insulants'],
    s: ['Compare two products for a given wall and explain the choice to a client'],
    a: ['Proposes a suitable alternative when the specified product is not available'],
  }, { credits: 1, esco: ['sustainableMaterials', 'insulationTypes'] }),
  ulo('ULO-WIN-01', ['Install replacement windows in the insulation plane', 'Poser des menuiseries de remplacement dans le plan de l’isolant'], 'windows', 3, {
    k: ['Why a window set in the insulation plane avoids a thermal bridge at the reveal'],
    s: ['Fix the frame with brackets, pack it, and connect it to the airtight and weather layers'],
    a: ['Leaves reveals ready for the insulation trade and says so at hand-over'],
  }, { credits: 2, esco: ['windows'] }),
  ulo('ULO-WIN-02', ['Fit sills and check window drainage', 'Poser les appuis et vérifier l’évacuation d’eau des fenêtres'], 'windows', 2, {
    k: ['Where water runs off a window and how a sill sends it away from the wall'],
    s: ['Fit a sill with end caps and a slope, and clear the frame’s drainage slots'],
    a: ['Checks the work after the first rain when asked'],
  }),
  ulo('ULO-TB-01', ['Recognise and avoid thermal bridges', 'Reconnaître et éviter les ponts thermiques'], 'thermal-bridges', 3, {
    k: ['Typical thermal bridges of existing buildings: slab edges, balconies, lintels, reveals, roof–wall junctions'],
    s: ['Spot a thermal bridge on a drawing or on site and keep the insulation continuous around it'],
    a: ['Reports a bridge that the plans did not treat'],
  }, { credits: 1, esco: ['envelope'] }),
  ulo('ULO-TB-02', ['Treat junction details: balconies, reveals, floor edges', 'Traiter les liaisons : balcons, tableaux, rives de plancher'], 'thermal-bridges', 4, {
    k: ['Common details to reduce junction losses and the condensation risk they remove'],
    s: ['Carry out a detail from the drawing, adapting it to what the existing building shows'],
    a: ['Decides with the site lead when a detail cannot be built as drawn'],
  }, { credits: 1, esco: ['envelope'] }),
];
