// Says plainly that there is nothing here yet and what will make something appear.
import type { ReactNode } from 'react';
import './states.css';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="state state--empty">
      <svg className="state__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect x="6" y="10" width="36" height="30" rx="4" fill="none" stroke="currentColor" strokeWidth="3" />
        <path d="M6 20h36M16 6v8M32 6v8" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <p className="state__title">{title}</p>
      {children && <div className="state__body">{children}</div>}
      {action}
    </div>
  );
}
