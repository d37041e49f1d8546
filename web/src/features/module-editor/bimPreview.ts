// Where the app plugs the site model into the BIM step's form: shows which elements the bindings match on a site.
import type { BimBinding } from '@fit/shared';
import { createContext, type ReactNode } from 'react';

export const BimPreviewContext = createContext<((bindings: readonly BimBinding[]) => ReactNode) | null>(null);
