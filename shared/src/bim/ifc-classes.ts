// A static slice of the IFC class tree (IFC2X3 + IFC4 names) for the classes FIT indexes, so rules can say "IfcWall"
// and mean its subclasses too, on the server and offline on the tablet alike.

/** Child → parent. Abstract classes are listed so rules may name them (e.g. IfcFlowTerminal covers air terminals). */
const PARENT: Record<string, string> = {
  IfcBuildingElement: 'IfcElement',
  IfcFurnishingElement: 'IfcElement',
  IfcDistributionElement: 'IfcElement',
  IfcElementAssembly: 'IfcElement',
  IfcTransportElement: 'IfcElement',
  IfcGeographicElement: 'IfcElement',
  IfcCivilElement: 'IfcElement',
  IfcElementComponent: 'IfcElement',

  IfcWall: 'IfcBuildingElement',
  IfcWallStandardCase: 'IfcWall',
  IfcWallElementedCase: 'IfcWall',
  IfcCurtainWall: 'IfcBuildingElement',
  IfcWindow: 'IfcBuildingElement',
  IfcWindowStandardCase: 'IfcWindow',
  IfcDoor: 'IfcBuildingElement',
  IfcDoorStandardCase: 'IfcDoor',
  IfcSlab: 'IfcBuildingElement',
  IfcSlabStandardCase: 'IfcSlab',
  IfcSlabElementedCase: 'IfcSlab',
  IfcRoof: 'IfcBuildingElement',
  IfcCovering: 'IfcBuildingElement',
  IfcColumn: 'IfcBuildingElement',
  IfcColumnStandardCase: 'IfcColumn',
  IfcBeam: 'IfcBuildingElement',
  IfcBeamStandardCase: 'IfcBeam',
  IfcMember: 'IfcBuildingElement',
  IfcMemberStandardCase: 'IfcMember',
  IfcPlate: 'IfcBuildingElement',
  IfcPlateStandardCase: 'IfcPlate',
  IfcStair: 'IfcBuildingElement',
  IfcStairFlight: 'IfcBuildingElement',
  IfcRamp: 'IfcBuildingElement',
  IfcRampFlight: 'IfcBuildingElement',
  IfcRailing: 'IfcBuildingElement',
  IfcFooting: 'IfcBuildingElement',
  IfcPile: 'IfcBuildingElement',
  IfcChimney: 'IfcBuildingElement',
  IfcShadingDevice: 'IfcBuildingElement',
  IfcBuildingElementProxy: 'IfcBuildingElement',
  IfcBuildingElementComponent: 'IfcBuildingElement',
  IfcBuildingElementPart: 'IfcBuildingElementComponent',

  IfcFurniture: 'IfcFurnishingElement',
  IfcSystemFurnitureElement: 'IfcFurnishingElement',

  IfcDistributionFlowElement: 'IfcDistributionElement',
  IfcDistributionControlElement: 'IfcDistributionElement',
  IfcFlowTerminal: 'IfcDistributionFlowElement',
  IfcFlowSegment: 'IfcDistributionFlowElement',
  IfcFlowFitting: 'IfcDistributionFlowElement',
  IfcFlowController: 'IfcDistributionFlowElement',
  IfcFlowMovingDevice: 'IfcDistributionFlowElement',
  IfcFlowStorageDevice: 'IfcDistributionFlowElement',
  IfcFlowTreatmentDevice: 'IfcDistributionFlowElement',
  IfcEnergyConversionDevice: 'IfcDistributionFlowElement',
  IfcAirTerminal: 'IfcFlowTerminal',
  IfcSanitaryTerminal: 'IfcFlowTerminal',
  IfcLightFixture: 'IfcFlowTerminal',
  IfcSpaceHeater: 'IfcFlowTerminal',
  IfcDuctSegment: 'IfcFlowSegment',
  IfcPipeSegment: 'IfcFlowSegment',
  IfcCableSegment: 'IfcFlowSegment',
  IfcDuctFitting: 'IfcFlowFitting',
  IfcPipeFitting: 'IfcFlowFitting',
  IfcDamper: 'IfcFlowController',
  IfcValve: 'IfcFlowController',
  IfcFan: 'IfcFlowMovingDevice',
  IfcPump: 'IfcFlowMovingDevice',
  IfcTank: 'IfcFlowStorageDevice',
  IfcFilter: 'IfcFlowTreatmentDevice',
  IfcUnitaryEquipment: 'IfcEnergyConversionDevice',
  IfcBoiler: 'IfcEnergyConversionDevice',
  IfcHeatExchanger: 'IfcEnergyConversionDevice',
  IfcAirToAirHeatRecovery: 'IfcEnergyConversionDevice',
  IfcChiller: 'IfcEnergyConversionDevice',
  IfcCoil: 'IfcEnergyConversionDevice',
  IfcSolarDevice: 'IfcEnergyConversionDevice',

  IfcSpatialStructureElement: 'IfcSpatialElement',
  IfcSpace: 'IfcSpatialStructureElement',
};

const CHILDREN = new Map<string, string[]>();
for (const [child, parent] of Object.entries(PARENT)) CHILDREN.set(parent, [...(CHILDREN.get(parent) ?? []), child]);

/** The class and every class below it in the table. A class missing from the table stands for itself only. */
export function ifcClassAndSubclasses(ifcClass: string): string[] {
  const out: string[] = [];
  const stack = [ifcClass];
  while (stack.length > 0) {
    const current = stack.pop()!;
    out.push(current);
    stack.push(...(CHILDREN.get(current) ?? []));
  }
  return out;
}

/** True when `ifcClass` is `ancestor` or lies below it. */
export function isIfcSubclassOf(ifcClass: string, ancestor: string): boolean {
  for (let c: string | undefined = ifcClass; c !== undefined; c = PARENT[c]) if (c === ancestor) return true;
  return false;
}
