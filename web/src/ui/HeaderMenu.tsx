// A disclosure menu for the header: one big button that opens a panel of less frequent actions.
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from './useDismiss';
import './HeaderMenu.css';

export interface HeaderMenuProps {
  label: string;
  /** Receives `close` so an action can fold the panel once done. */
  children: (close: () => void) => ReactNode;
}

export function HeaderMenu({ label, children }: HeaderMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);

  useDismiss(open, rootRef, useCallback(() => setOpen(false), []));

  return (
    <div className="header-menu" ref={rootRef}>
      <button
        type="button"
        className="header-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span aria-hidden="true">{open ? '▲' : '▼'}</span>
      </button>
      <div id={panelId} className="header-menu__panel" hidden={!open}>
        {open && children(() => setOpen(false))}
      </div>
    </div>
  );
}
