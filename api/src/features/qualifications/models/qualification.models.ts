// GraphQL types of the skills framework, the passport and the team matrix: what clients may see.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum QualificationStateEnum {
  held = 'held',
  expiring = 'expiring',
  expired = 'expired',
  in_progress = 'in_progress',
  missing = 'missing',
}
registerEnumType(QualificationStateEnum, { name: 'QualificationState', description: 'Where a worker stands on a qualification' });

export enum UloStateEnum {
  held = 'held',
  expired = 'expired',
  missing = 'missing',
}
registerEnumType(UloStateEnum, { name: 'UloState' });

@ObjectType({ description: 'Summary of an imported reference framework' })
export class FrameworkImport {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() version: string;
  @Field(() => Int) ulos: number;
  @Field(() => Int) schemes: number;
  @Field(() => Int) qualifications: number;
  @Field(() => Int) mappings: number;
}

@ObjectType({ description: "A scheme unit's mapping onto a reference ULO, as recorded by the scheme's operator" })
export class UloMapping {
  @Field(() => ID) id: string;
  @Field() scheme: string;
  @Field() schemeUnit: string;
  @Field() ulo: string;
  @Field() coverage: string;
  @Field() note: string;
  @Field() approved: boolean;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
}

@ObjectType()
export class UloEvidenceItem {
  @Field(() => ID) moduleId: string;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true }) passedAt: string | null;
  @Field(() => String, { nullable: true }) validatedAt: string | null;
}

@ObjectType()
export class PassportUlo {
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
  @Field(() => Int) eqfLevel: number;
  @Field(() => UloStateEnum) state: UloStateEnum;
  @Field(() => String, { nullable: true }) achievedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Under the shortest validity of the qualifications that require it' })
  expiresAt: string | null;
  @Field(() => [UloEvidenceItem]) evidence: UloEvidenceItem[];
}

@ObjectType()
export class PassportQualification {
  @Field() scheme: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => QualificationStateEnum) state: QualificationStateEnum;
  @Field(() => Int) percent: number;
  @Field(() => String, { nullable: true }) achievedAt: string | null;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
  @Field(() => [String], { description: 'ULOs still to achieve or renew: what is next' }) missingUlos: string[];
  @Field(() => [ID], { description: "Modules of the viewer's organisation that cover the missing ULOs" }) nextModules: string[];
}

@ObjectType({ description: 'What a held qualification is worth in another scheme, through the reference ULOs' })
export class PassportRecognition {
  @Field() fromScheme: string;
  @Field() fromQualification: string;
  @Field() scheme: string;
  @Field() qualification: string;
  @Field({ description: 'full, partial or none' }) coverage: string;
  @Field(() => Int) percent: number;
  @Field(() => [String]) missingUlos: string[];
  @Field(() => [ID]) closingModules: string[];
  @Field() byAgreement: boolean;
}

@ObjectType()
export class Award {
  @Field(() => ID) id: string;
  @Field() scheme: string;
  @Field() qualification: string;
  @Field() awardedAt: string;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
  @Field() expired: boolean;
  @Field() revoked: boolean;
}

@ObjectType({ description: "A worker's skills passport: it follows the worker from employer to employer" })
export class Passport {
  @Field(() => ID) workerId: string;
  @Field() displayName: string;
  @Field(() => [PassportUlo]) ulos: PassportUlo[];
  @Field(() => [PassportQualification]) qualifications: PassportQualification[];
  @Field(() => [PassportRecognition]) recognitions: PassportRecognition[];
  @Field(() => [Award]) awards: Award[];
}

@ObjectType()
export class MatrixWorker {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType()
export class MatrixQualification {
  @Field() code: string;
  @Field() scheme: string;
  @Field() title: string;
}

@ObjectType()
export class MatrixEntry {
  @Field(() => ID) workerId: string;
  @Field() qualificationCode: string;
  @Field(() => QualificationStateEnum) status: QualificationStateEnum;
  @Field(() => Int) percent: number;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
}

@ObjectType({ description: 'Qualifications of a crew as a grid: each worker and qualification once, one entry per cell' })
export class TeamMatrix {
  @Field(() => [MatrixWorker]) workers: MatrixWorker[];
  @Field(() => [MatrixQualification]) qualifications: MatrixQualification[];
  @Field(() => [MatrixEntry]) entries: MatrixEntry[];
  @Field(() => Float, { description: 'Share of cells held (held or expiring), 0–100' }) heldPercent: number;
}
