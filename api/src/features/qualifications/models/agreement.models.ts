// GraphQL type of a bilateral agreement between two schemes.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('BilateralAgreement', { description: 'Two schemes agree that holding one qualification counts as holding another' })
export class BilateralAgreementModel {
  @Field(() => ID) id: string;
  @Field() fromScheme: string;
  @Field({ description: 'The qualification held, in fromScheme' }) held: string;
  @Field() toScheme: string;
  @Field({ description: 'The qualification it counts as, in toScheme' }) recognised: string;
  @Field() note: string;
  @Field(() => String, { nullable: true, description: 'The note in French; null when not translated' }) noteFr: string | null;
  @Field() approved: boolean;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
}
