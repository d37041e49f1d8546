// GraphQL shapes of the credentials feature.
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CredentialStateEnum {
  valid = 'valid',
  expired = 'expired',
  revoked = 'revoked',
}
registerEnumType(CredentialStateEnum, { name: 'CredentialState', description: 'Where a credential stands today, as FIT, its issuer, knows it' });

@ObjectType('IssuedCredential', { description: 'An Open Badges 3.0 credential FIT signed for an award' })
export class IssuedCredentialModel {
  @Field(() => ID, { description: 'The uuid of the credential URL' })
  id: string;

  @Field({ description: '`${PUBLIC_URL}/credentials/<uuid>`: the signed JSON, public by this unguessable link' })
  url: string;

  @Field(() => ID)
  awardId: string;

  @Field(() => ID)
  workerId: string;

  @Field()
  workerName: string;

  @Field()
  scheme: string;

  @Field()
  qualification: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  titleFr: string | null;

  @Field()
  issuerName: string;

  @Field({ description: 'ISO timestamp' })
  issuedAt: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp; null: no end date' })
  validUntil: string | null;

  @Field(() => CredentialStateEnum)
  state: CredentialStateEnum;

  @Field(() => String, { nullable: true })
  revokedAt: string | null;

  @Field(() => String, { nullable: true })
  revocationReason: string | null;
}
