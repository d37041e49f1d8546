import type { Plugin } from 'vite';

export function readGeneratedDocuments(generatedDir: string): Map<string, string>;
export function inlineGraphqlDocuments(options: { generatedDir: string }): Plugin;
