// A company's agreement to share with a network body, as either party sees it.
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SharingParty', { description: 'One side of a sharing agreement: its name only' })
export class SharingParty {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('SharingAgreement')
export class SharingAgreement {
  @Field(() => ID)
  id: string;

  @Field(() => SharingParty, { description: 'The company (SME or training centre) that shares' })
  company: SharingParty;

  @Field(() => SharingParty, { description: 'The network body it shares with' })
  network: SharingParty;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the company ended it; null while it lasts' })
  endedAt: Date | null;
}
