/**
 * The session cookie: http-only (scripts cannot read it), SameSite=Strict (no other site's request
 * carries it), Path=/. With HTTPS (production) it is Secure and named with the `__Host-` prefix, which
 * browsers only accept from a secure origin without a Domain attribute.
 */
export interface SessionCookie {
  readonly name: string;
  serialize(token: string, maxAgeSeconds: number): string;
  /** A Set-Cookie value that deletes the cookie. */
  clear(): string;
  /** The token from a Cookie request header, if the header carries this cookie. */
  read(cookieHeader: string | undefined): string | null;
}

export function sessionCookie(secure: boolean): SessionCookie {
  const name = secure ? '__Host-daihou_session' : 'daihou_session';
  const attributes = `Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
  return {
    name,
    serialize: (token, maxAgeSeconds) => `${name}=${token}; Max-Age=${maxAgeSeconds}; ${attributes}`,
    clear: () => `${name}=; Max-Age=0; ${attributes}`,
    read(header) {
      if (!header) return null;
      for (const part of header.split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
      }
      return null;
    },
  };
}
