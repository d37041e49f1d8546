// What adding a worker did: the new worker, or, for an e-mail that already has an account, the invitation sent.
import { Field, ObjectType } from '@nestjs/graphql';
import { Invitation } from '../../organisations/models/invitation.model.js';
import { Worker } from './worker.model.js';

@ObjectType('AddWorkerPayload')
export class AddWorkerPayload {
  @Field(() => Worker, { nullable: true, description: 'The new worker, when the e-mail had no account yet (or none was given)' })
  worker: Worker | null;

  @Field(() => Invitation, {
    nullable: true,
    description: 'The e-mail already has a FIT account: that person was invited and joins only once they accept',
  })
  invitation: Invitation | null;
}
