// ULOs as people read them: the active framework's titles in the reader's language, for pickers, filters and tables,
// so nobody has to read or type a code like ULO-AIR-01.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../graphql/generated';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { localTitle } from './frameworkDrafts';

export const FrameworkUlosQuery = graphql(`
  query FrameworkUlos {
    frameworkUlos {
      code
      title
      titleFr
      topic
    }
    retiredUlos {
      code
      title
      titleFr
      topic
    }
  }
`);

export interface UloChoice {
  code: string;
  /** The title in the reader's language (French or English). */
  title: string;
  topic: string;
}

export interface UloLabels {
  status: 'loading' | 'success' | 'error';
  ulos: UloChoice[];
  /**
   * The ULO's title: from the active framework, else from the earlier version that had it (a module bound before a
   * new framework came), else the code itself (an imported module's code no framework knows).
   */
  label: (code: string) => string;
  known: (code: string) => boolean;
  retry: () => void;
}

export function useUloLabels(): UloLabels {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // The framework is the same for every organisation, so one saved copy serves every person on the device.
  const query = useGraphQLQuery(FrameworkUlosQuery, {});
  const rows = query.data?.frameworkUlos;
  const retired = query.data?.retiredUlos;
  return useMemo(() => {
    const ulos = (rows ?? []).map((u) => ({ code: u.code, title: localTitle(u, language), topic: u.topic }));
    const titles = new Map(ulos.map((u) => [u.code, u.title]));
    const earlier = new Map((retired ?? []).map((u) => [u.code, localTitle(u, language)]));
    return {
      status: query.status,
      ulos,
      label: (code: string) => titles.get(code) ?? earlier.get(code) ?? code,
      known: (code: string) => titles.has(code),
      retry: query.retry,
    };
  }, [rows, retired, language, query.status, query.retry]);
}
