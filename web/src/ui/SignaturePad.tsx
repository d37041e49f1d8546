// A box to sign in with a finger or a stylus: the strokes become SVG path data (M/L, whole pixels) in the box's own
// size, which the server keeps as the signature and draws again in a PDF. Clearing starts over.
import { useEffect, useId, useRef, useState, type PointerEvent } from 'react';
import { Button } from './Button';
import './SignaturePad.css';

export interface DrawnSignature {
  path: string;
  width: number;
  height: number;
}

export interface SignaturePadProps {
  label: string;
  clearLabel: string;
  hint?: string;
  error?: string;
  onChange: (signature: DrawnSignature | null) => void;
}

const HEIGHT = 180;

export function SignaturePad({ label, clearLabel, hint, error, onChange }: SignaturePadProps) {
  const id = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const path = useRef<string[]>([]);
  const drawing = useRef(false);
  const [width, setWidth] = useState(0);

  // The canvas takes its container's width; its drawing buffer follows so strokes are not stretched.
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const size = () => setWidth(Math.round(el.getBoundingClientRect().width));
    size();
    const observer = new ResizeObserver(size);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return [Math.round(e.clientX - box.left), Math.round(e.clientY - box.top)] as const;
  };
  const context = () => {
    const ctx = canvas.current?.getContext('2d');
    if (ctx) {
      ctx.lineWidth = 3;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#0b2545';
    }
    return ctx;
  };

  const handleDown = (e: PointerEvent<HTMLCanvasElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const [x, y] = point(e);
    path.current.push(`M${x} ${y}`);
    const ctx = context();
    ctx?.beginPath();
    ctx?.moveTo(x, y);
  };
  const handleMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const [x, y] = point(e);
    path.current.push(`L${x} ${y}`);
    const ctx = context();
    ctx?.lineTo(x, y);
    ctx?.stroke();
  };
  const handleUp = () => {
    if (!drawing.current) return;
    drawing.current = false;
    onChange({ path: path.current.join(' '), width: width || 1, height: HEIGHT });
  };
  const handleClear = () => {
    path.current = [];
    const el = canvas.current;
    el?.getContext('2d')?.clearRect(0, 0, el.width, el.height);
    onChange(null);
  };

  return (
    <div className={['signature-pad', error ? 'signature-pad--invalid' : ''].filter(Boolean).join(' ')}>
      <p className="signature-pad__label" id={`${id}-label`}>
        {label}
      </p>
      {hint && (
        <p className="signature-pad__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="signature-pad__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <canvas
        ref={canvas}
        className="signature-pad__canvas"
        width={width || 300}
        height={HEIGHT}
        role="img"
        aria-labelledby={`${id}-label`}
        aria-describedby={[error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined}
        onPointerDown={handleDown}
        onPointerMove={handleMove}
        onPointerUp={handleUp}
        onPointerCancel={handleUp}
      />
      <Button variant="secondary" onClick={handleClear}>
        {clearLabel}
      </Button>
    </div>
  );
}
