// Things waiting for someone's approval, each with what it says, an optional note and an "Approve" button (or the
// words that say it is approved): the framework's scheme mappings and bilateral agreements.
import type { ReactNode } from 'react';
import './approve-list.css';
import './sections.css';

export interface ApproveItem {
  id: string;
  what: ReactNode;
  note?: string | null;
  approved?: boolean;
  /** The button's accessible name: which item it approves. */
  approveLabel: string;
}

export interface ApproveListProps {
  items: readonly ApproveItem[];
  approveText: string;
  approvedText?: string;
  /** Said above the list when the last approval failed. */
  failedText?: string | null;
  pending: boolean;
  onApprove: (id: string) => void;
}

export function ApproveList({ items, approveText, approvedText, failedText, pending, onApprove }: ApproveListProps) {
  return (
    <>
      {failedText && (
        <p className="quals-error" role="alert">
          {failedText}
        </p>
      )}
      <ul className="framework-mappings">
        {items.map((item) => (
          <li key={item.id}>
            <p className="framework-mapping__what">{item.what}</p>
            {item.note && <p className="framework-mapping__note">{item.note}</p>}
            {item.approved ? (
              <p className="framework-approved">{approvedText}</p>
            ) : (
              <button
                type="button"
                className="matrix-download"
                disabled={pending}
                aria-label={item.approveLabel}
                onClick={() => onApprove(item.id)}
              >
                {approveText}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
