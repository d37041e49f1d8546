// Why a site pack download stopped, in words the panel can translate.
export class PackError extends Error {
  constructor(
    readonly reason: 'offline' | 'notEnrolled' | 'reenrol' | 'quota' | 'corrupt' | 'server',
    readonly details: { needed?: number; available?: number } = {},
  ) {
    super(reason);
    this.name = 'PackError';
  }
}
