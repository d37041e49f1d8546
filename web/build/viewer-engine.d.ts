export declare const VIEWER_ENGINE_FILES: RegExp;
export declare const VIEWER_ENGINE_GLOBS: string[];
export declare const VIEWER_ENGINE_LIST: string;
export declare const VIEWER_ENGINE_CACHE: string;
