// What clients see of a model version: status, progress while parsing, and its summary once ready.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum BimModelStatus {
  uploaded = 'uploaded',
  parsing = 'parsing',
  ready = 'ready',
  failed = 'failed',
}
registerEnumType(BimModelStatus, { name: 'BimModelStatus' });

@ObjectType('BimClassCount')
export class BimClassCount {
  @Field({ description: "IFC class as web-ifc names it, e.g. 'IfcWallStandardCase'" })
  ifcClass: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('BimStorey')
export class BimStorey {
  @Field()
  name: string;

  @Field(() => Float, { nullable: true, description: "In the model's length unit" })
  elevation: number | null;

  @Field(() => Int)
  elements: number;
}

@ObjectType('BimModelSummary')
export class BimModelSummary {
  @Field(() => Int)
  elements: number;

  @Field(() => [BimClassCount])
  byClass: BimClassCount[];

  @Field(() => [BimStorey], { description: 'Lowest first' })
  storeys: BimStorey[];
}

@ObjectType('BimGeometryFile', { description: 'The compact geometry of a model version, for viewers and offline packs' })
export class BimGeometryFile {
  @Field({ description: 'Where to GET it (with Accept: application/octet-stream)' })
  url: string;

  @Field(() => Int)
  bytes: number;

  @Field()
  sha256: string;
}

@ObjectType('BimModel')
export class BimModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  siteId: string;

  @Field(() => Int)
  version: number;

  @Field()
  fileName: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field()
  sha256: string;

  @Field(() => String, { nullable: true, description: 'IFC2X3, IFC4 or IFC4X3' })
  schema: string | null;

  @Field(() => BimModelStatus)
  status: BimModelStatus;

  @Field(() => Int, { description: '0–100 while parsing' })
  progress: number;

  @Field(() => String, { nullable: true, description: 'Why parsing failed, written for the person who uploaded it' })
  errorMessage: string | null;

  @Field(() => BimModelSummary, { nullable: true })
  summary: BimModelSummary | null;

  @Field()
  createdAt: Date;

  @Field(() => BimGeometryFile, { nullable: true, description: 'Null until made (shortly after the model is ready)' })
  geometry: BimGeometryFile | null;
}
