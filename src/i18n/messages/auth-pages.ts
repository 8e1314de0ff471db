// Messages of the sign-in, sign-up, password and account pages. fr and ar are typed against en.
export const authPagesEn = {};
type AuthPagesMessages = Record<keyof typeof authPagesEn, string>;
export const authPagesFr: AuthPagesMessages = {};
export const authPagesAr: AuthPagesMessages = {};
