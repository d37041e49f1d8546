import { EventEmitter } from 'node:events';
import { describe, expect, it } from '@jest/globals';
import { survivesUncaught } from './connection-error-guard.js';

describe('which uncaught errors the API survives', () => {
  // What pg emits on a checked-out client when PostgreSQL restarts: an 'error' event, thrown by Node when unheard.
  const unheard = (error: Error) => {
    try {
      new EventEmitter().emit('error', error);
    } catch (thrown) {
      return thrown;
    }
    throw new Error('emit did not throw');
  };

  it('a connection terminated by a database restart or shutdown', () => {
    expect(survivesUncaught(unheard(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })))).toBe(true);
    expect(survivesUncaught(unheard(Object.assign(new Error('the database system is shutting down'), { code: '57P03' })))).toBe(true);
    expect(survivesUncaught(unheard(new Error('Connection terminated unexpectedly')))).toBe(true);
  });

  it('not a bug in our code: that still ends the process', () => {
    expect(survivesUncaught(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(survivesUncaught(unheard(Object.assign(new Error('duplicate key value'), { code: '23505' })))).toBe(false);
  });
});
