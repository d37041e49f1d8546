// Finds every REST route of the app's controllers and the access policy it declares.
import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../common/auth/policy.decorators.js';

export interface RoutePolicy {
  route: string;
  policy: 'public' | string[] | undefined;
}

export function controllerRoutePolicies(app: INestApplication): RoutePolicy[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = app.get(Reflector);
  const found: RoutePolicy[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, instance.constructor) ?? '');
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const method = prototype[methodName] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, method) as string | undefined;
      const verb = Reflect.getMetadata(METHOD_METADATA, method) as number | undefined;
      if (path === undefined || verb === undefined) continue;
      const targets = [method, instance.constructor];
      const policy = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
        ? 'public'
        : reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
      found.push({ route: `${wrapper.name}.${methodName} /${[prefix, path].filter((p) => p && p !== '/').join('/')}`, policy });
    }
  }
  return found;
}
