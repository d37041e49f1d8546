// Finds, for every root GraphQL field, the resolver method behind it and the access policy it declares.
import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth/policy.decorators.js';

const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_TYPE = 'graphql:resolver_type';

export interface RootFieldPolicy {
  field: string;
  policy: 'public' | string[] | undefined;
}

export function rootFieldPolicies(app: INestApplication): RootFieldPolicy[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const found: RootFieldPolicy[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName] as () => unknown;
      const type = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? methodName;
      const targets = [method, instance.constructor];
      const policy = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
        ? 'public'
        : reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
      found.push({ field: `${type}.${name}`, policy });
    }
  }
  return found;
}
