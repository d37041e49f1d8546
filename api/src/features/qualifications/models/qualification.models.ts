// GraphQL types of the skills framework, the passport and the team matrix: what clients may see.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar } from '../../../common/graphql/json.scalar.js';

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
  awaiting_validation = 'awaiting_validation',
  missing = 'missing',
}
registerEnumType(UloStateEnum, {
  name: 'UloState',
  valuesMap: { awaiting_validation: { description: 'The module is done; its practical step waits for validation on site' } },
});

@ObjectType({ description: 'Summary of an imported reference framework' })
export class FrameworkImport {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() version: string;
  @Field(() => Int) ulos: number;
  @Field(() => Int) schemes: number;
  @Field(() => Int) qualifications: number;
  @Field(() => Int) mappings: number;
  @Field(() => Int, { description: 'Bilateral agreements between schemes' }) agreements: number;
  @Field(() => Int, { description: 'Tasks on site, linked to professions and ULOs' }) tasks: number;
}

@ObjectType({ description: "A scheme unit's mapping onto a reference ULO, as recorded by the scheme's operator" })
export class UloMapping {
  @Field(() => ID) id: string;
  @Field() scheme: string;
  @Field() schemeUnit: string;
  @Field() ulo: string;
  @Field() coverage: string;
  @Field() note: string;
  @Field(() => String, { nullable: true, description: 'The note in French; null when not translated' }) noteFr: string | null;
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
  @Field(() => [String], { description: 'Knowledge outcomes (EQF descriptor)' }) knowledge: string[];
  @Field(() => [String], { description: 'Skills outcomes (EQF descriptor)' }) skills: string[];
  @Field(() => [String], { description: 'Responsibility and autonomy outcomes (EQF descriptor)' }) autonomy: string[];
  @Field(() => UloStateEnum) state: UloStateEnum;
  @Field(() => String, { nullable: true }) achievedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Under the shortest validity of the qualifications that require it' })
  expiresAt: string | null;
  @Field(() => String, { nullable: true, description: 'Set when spaced recall kept the ULO valid longer (the organisation turned "recall keeps a ULO fresh" on)' })
  keptFreshUntil: string | null;
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
export class Profession {
  @Field() name: string;
  @Field(() => String, { nullable: true }) nameFr: string | null;
}

@ObjectType({ description: 'A task of the active framework: work on site, the professions that do it and the ULOs it takes' })
export class FrameworkTaskModel {
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
  @Field() phase: string;
  @Field(() => [Profession]) professions: Profession[];
  @Field(() => [String]) ulos: string[];
}

@ObjectType({ description: 'A task of the framework (work on site) and how ready the worker is for it' })
export class PassportTask extends FrameworkTaskModel {
  @Field(() => [String]) heldUlos: string[];
  @Field(() => [String]) missingUlos: string[];
  @Field(() => Int) percent: number;
  @Field({ description: 'Every ULO the task takes is held' }) ready: boolean;
  @Field(() => [ID], { description: "Modules of the viewer's organisation that cover the missing ULOs" }) nextModules: string[];
}

@ObjectType({ description: 'One link of the evidence an award rests on: a module version the worker did, and who validated it, where and when' })
export class AwardEvidenceLink {
  @Field(() => [String], { description: 'ULOs this module version backs in the award' }) ulos: string[];
  @Field(() => ID) moduleId: string;
  @Field(() => ID, { nullable: true }) moduleVersionId: string | null;
  @Field(() => String, { nullable: true }) moduleTitle: string | null;
  @Field(() => Int, { nullable: true }) moduleVersion: number | null;
  @Field(() => Int, { nullable: true, description: 'Attempts the worker made on this version' }) attempts: number | null;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true }) passedAt: string | null;
  @Field(() => String, { nullable: true }) validatedAt: string | null;
  @Field(() => String, { nullable: true, description: 'The trainer who validated the practical work on site' }) validatedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was validated: site and organisation' }) where: string | null;
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
  @Field(() => String, {
    nullable: true,
    description: 'Set when the award lost its basis under a later rule: kept, marked "awaiting validation on site", with the reason',
  })
  onHoldReason: string | null;
  @Field(() => [AwardEvidenceLink], { description: 'What the award rests on, as recorded when it was made' }) evidenceChain: AwardEvidenceLink[];
}

@ObjectType({ description: "A worker's skills passport: it follows the worker from employer to employer" })
export class Passport {
  @Field(() => ID) workerId: string;
  @Field() displayName: string;
  @Field(() => [PassportUlo]) ulos: PassportUlo[];
  @Field(() => [PassportQualification]) qualifications: PassportQualification[];
  @Field(() => [PassportRecognition]) recognitions: PassportRecognition[];
  @Field(() => [PassportTask], { description: 'Tasks of the framework, those the worker is ready for first' }) tasks: PassportTask[];
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
  @Field(() => String, { nullable: true }) titleFr?: string | null;
}

@ObjectType()
export class MatrixEntry {
  @Field(() => ID) workerId: string;
  @Field() qualificationCode: string;
  @Field(() => QualificationStateEnum) status: QualificationStateEnum;
  @Field(() => Int) percent: number;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
}

@ObjectType({ description: "One worker's row of the matrix, in the order of TeamMatrix.qualifications (compact for large crews)" })
export class MatrixRow {
  @Field(() => ID) workerId: string;
  @Field(() => [QualificationStateEnum]) statuses: QualificationStateEnum[];
  @Field(() => [Int]) percents: number[];
  @Field(() => [String], { nullable: 'items' }) expiresAt: (string | null)[];
}

@ObjectType()
export class MatrixUlo {
  @Field() code: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) titleFr: string | null;
}

@ObjectType({ description: 'A ULO a worker has evidence for (held or expired); a ULO with no entry is missing' })
export class MatrixUloEntry {
  @Field(() => ID) workerId: string;
  @Field() ulo: string;
  @Field(() => UloStateEnum) state: UloStateEnum;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
}

@ObjectType({ description: 'Qualifications of a crew as a grid: each worker and qualification once, one entry per cell' })
export class TeamMatrix {
  @Field(() => [MatrixUlo], { description: 'ULOs the selected schemes rely on (the ULO view of the grid)' }) ulos: MatrixUlo[];
  @Field(() => [MatrixUloEntry]) uloEntries: MatrixUloEntry[];
  @Field(() => [MatrixWorker]) workers: MatrixWorker[];
  @Field(() => [MatrixQualification]) qualifications: MatrixQualification[];
  @Field(() => [MatrixEntry]) entries: MatrixEntry[];
  @Field(() => [MatrixRow], { description: 'The same cells as entries, one row per worker: far lighter to send for hundreds of workers' })
  rows: MatrixRow[];
  @Field(() => Float, { description: 'Share of cells held (held or expiring), 0–100' }) heldPercent: number;
}

@ObjectType({ description: 'One piece of ULO evidence: a module covering the ULO and what the worker did on it' })
export class PassportEvidence {
  @Field() ulo: string;
  @Field(() => ID) moduleId: string;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true }) passedAt: string | null;
  @Field(() => String, { nullable: true }) validatedAt: string | null;
  @Field({ description: 'The module version counts only once its practical step is validated on site (practicalRequiredForAward)' })
  validationRequired: boolean;
  @Field(() => String, { nullable: true, description: 'Spaced recall keeps the ULO valid at least until this day (no module done by itself)' })
  freshUntil?: string | null;
}

@ObjectType({ description: 'A module the passport names: evidence behind a ULO, or one closing a gap' })
export class PassportModule {
  @Field(() => ID) moduleId: string;
  @Field(() => ID, { description: 'The version to play (the latest published one of the organisation)' }) versionId: string;
  @Field(() => JSONScalar, { description: 'LocalisedText: { fr, en, … }' }) title: unknown;
  @Field(() => [String]) outcomes: string[];
  @Field({ description: 'Published in the viewer’s organisation, so the worker can start it' }) startable: boolean;
}

@ObjectType('PassportInputs', { description: "What a worker's passport is computed from, so the tablet computes it with the same engine offline" })
export class PassportInputsModel {
  @Field(() => ID) workerId: string;
  @Field() displayName: string;
  @Field({ description: "The server's date (YYYY-MM-DD) when answered" }) today: string;
  @Field(() => JSONScalar, { nullable: true, description: 'PassportCatalogue in @fit/shared: ULOs, schemes, qualifications, mappings, agreements' })
  catalogue: unknown;
  @Field(() => [PassportEvidence]) evidence: PassportEvidence[];
  @Field(() => [PassportModule]) modules: PassportModule[];
  @Field(() => [Award]) awards: Award[];
}
