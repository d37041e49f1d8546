// Behaviour of the PIN pad: six digits (or an older four with OK) by touch or keyboard, correction keys, and a reset after a refusal.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PinPad, type PinPadProps } from './PinPad';

const labels = { dots: (n: number) => `${n} of 6 digits typed`, erase: 'Erase', clear: 'Clear', submit: 'Send' };

function renderPad(props: Partial<PinPadProps> = {}) {
  const onComplete = vi.fn();
  const utils = render(<PinPad onComplete={onComplete} labels={labels} {...props} />);
  return { onComplete, ...utils };
}

const tap = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe(PinPad.name, () => {
  it('sends the PIN once the sixth digit is tapped', () => {
    const { onComplete } = renderPad();
    ['1', '2', '3', '4', '5'].forEach(tap);
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByRole('img', { name: '5 of 6 digits typed' })).toBeTruthy();
    tap('6');
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('sends an older four-digit PIN only with OK', () => {
    const { onComplete } = renderPad();
    ['1', '2', '3'].forEach(tap);
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
    tap('4');
    expect(onComplete).not.toHaveBeenCalled();
    tap('Send');
    expect(onComplete).toHaveBeenCalledWith('1234');
  });

  it('erases the last digit and clears the whole entry', () => {
    const { onComplete } = renderPad();
    ['9', '8'].forEach(tap);
    tap('Erase');
    expect(screen.getByRole('img', { name: '1 of 6 digits typed' })).toBeTruthy();
    tap('Clear');
    ['0', '0', '0', '0', '0', '7'].forEach(tap);
    expect(onComplete).toHaveBeenCalledWith('000007');
  });

  it('takes digits, Backspace and Escape from a keyboard', () => {
    const { onComplete } = renderPad();
    for (const key of ['5', '6', 'Backspace', '7', 'Escape', '4', '3', '2', '1', 'Enter']) fireEvent.keyDown(window, { key });
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('4321');
  });

  it('ignores every key while disabled (waiting for the server, or locked)', () => {
    const { onComplete } = renderPad({ disabled: true });
    for (const key of ['1', '2', '3', '4']) fireEvent.keyDown(window, { key });
    expect(onComplete).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: '1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('starts empty again when the reset key changes after a wrong PIN', () => {
    const { rerender, onComplete } = renderPad({ resetKey: 0 });
    ['1', '2', '3', '4'].forEach(tap);
    rerender(<PinPad onComplete={onComplete} labels={labels} resetKey={1} />);
    expect(screen.getByRole('img', { name: '0 of 6 digits typed' })).toBeTruthy();
  });
});
