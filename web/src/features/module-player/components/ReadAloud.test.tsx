// Read-aloud speaks only with a voice of the text's language; without one it says so instead of using another voice.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadAloud, voiceFor } from './ReadAloud';

function fakeSynth(voices: { lang: string; name: string }[]) {
  const synth = Object.assign(new EventTarget(), {
    getVoices: vi.fn(() => [...voices] as SpeechSynthesisVoice[]),
    speak: vi.fn(),
    cancel: vi.fn(),
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  return synth;
}

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(public text: string) {}
}

afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  vi.unstubAllGlobals();
});

describe(ReadAloud.name, () => {
  it('reads with a voice of the language', () => {
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    const synth = fakeSynth([
      { lang: 'fr-FR', name: 'Amélie' },
      { lang: 'pt-BR', name: 'Luciana' },
    ]);
    render(<ReadAloud text="Verifique a junta" lang="pt" />);
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud' }));
    const spoken = synth.speak.mock.calls[0]![0] as FakeUtterance;
    expect(spoken.voice?.name).toBe('Luciana');
    expect(spoken.lang).toBe('pt');
  });

  it('says the tablet has no voice for the language instead of reading with another one', () => {
    const synth = fakeSynth([{ lang: 'fr-FR', name: 'Amélie' }]);
    render(<ReadAloud text="تحقق من الفاصل" lang="ar" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('This tablet has no voice for this language (العربية): read the text on the screen.')).toBeTruthy();
    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('names the phone, not the tablet, on a candidate\'s own phone', () => {
    fakeSynth([{ lang: 'fr-FR', name: 'Amélie' }]);
    render(<ReadAloud text="Isolation" lang="ro" device="phone" />);
    expect(screen.getByText('This phone has no voice for this language (Română): read the text on the screen.')).toBeTruthy();
  });

  it('offers the button once the browser has loaded a voice for the language', () => {
    const voices: { lang: string; name: string }[] = [];
    const synth = fakeSynth(voices);
    render(<ReadAloud text="Lisez" lang="fr" />);
    expect(screen.queryByRole('button')).toBeNull();
    voices.push({ lang: 'fr-CA', name: 'Chantal' });
    act(() => void synth.dispatchEvent(new Event('voiceschanged')));
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeTruthy();
  });

  it('matches voices by base language', () => {
    const voices = [{ lang: 'ro_RO' }, { lang: 'es-ES' }] as SpeechSynthesisVoice[];
    expect(voiceFor(voices, 'ro')).toBe(voices[0]);
    expect(voiceFor(voices, 'es-MX')).toBe(voices[1]);
    expect(voiceFor(voices, 'ar')).toBeUndefined();
  });
});
